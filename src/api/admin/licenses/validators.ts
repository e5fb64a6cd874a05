import { z } from "@medusajs/framework/zod"
import { LICENSE_STATUSES } from "../../../modules/digital/models/license"
import { entityId, oneOrMany, safeText } from "../../utils/validators"

const limit = z.coerce.number().int().min(1).max(100).default(20)
const offset = z.coerce.number().int().min(0).max(1_000_000).default(0)

export const AdminGetLicensesParams = z
  .object({
    /** Part of the key or of the owner's e-mail, case-insensitive. */
    q: safeText(200).optional(),
    /** The effective status (an active license past its `expires_at` is `expired`). */
    status: oneOrMany(z.enum(LICENSE_STATUSES)).optional(),
    order_id: entityId.optional(),
    customer_id: entityId.optional(),
    product_id: entityId.optional(),
    variant_id: entityId.optional(),
    limit,
    offset,
  })
  .strict()
export type AdminGetLicensesParamsType = z.infer<typeof AdminGetLicensesParams>

/** Query of a route answering one license: no parameter. */
export const AdminGetLicenseParams = z.object({}).strict()

/** Why a license is suspended or revoked, shown to the merchant (blank: none). */
const reason = z.object({ reason: safeText(500).nullish() }).strict()

export const AdminSuspendLicense = reason
export type AdminSuspendLicenseType = z.infer<typeof AdminSuspendLicense>

export const AdminRevokeLicense = reason
export type AdminRevokeLicenseType = z.infer<typeof AdminRevokeLicense>

/** The body of an action that takes none (reinstate, reset activations): only `{}` or nothing. */
export const AdminLicenseActionBody = z.object({}).strict()

/** An ISO 8601 date-time (with an offset or `Z`) or date, as a Date. */
const isoDate = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { message: "must be an ISO 8601 date or date-time" })
  .transform((value) => new Date(value))
  .refine((date) => date.getUTCFullYear() >= 1970 && date.getUTCFullYear() <= 9999, { message: "must be between 1970 and 9999" })

export const AdminExtendLicense = z.object({ expires_at: isoDate.nullable() }).strict()
export type AdminExtendLicenseType = z.infer<typeof AdminExtendLicense>

export const AdminUpdateLicense = z.object({ max_activations_override: z.number().int().min(1).max(1000).nullable() }).strict()
export type AdminUpdateLicenseType = z.infer<typeof AdminUpdateLicense>
