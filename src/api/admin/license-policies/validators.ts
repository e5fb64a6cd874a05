import { z } from "@medusajs/framework/zod"
import { entityId, oneOrMany } from "../../utils/validators"

const maxActivations = z.number().int().min(1).max(1000)
/** null: perpetual. */
const durationDays = z.number().int().min(1).max(3650).nullable()
const keyPrefix = z.string().regex(/^[A-Z0-9]{1,12}$/, { message: "must be 1 to 12 upper-case letters or digits" })

export const AdminGetLicensePoliciesParams = z
  .object({
    product_id: oneOrMany(entityId).optional(),
    variant_id: oneOrMany(entityId).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AdminGetLicensePoliciesParamsType = z.infer<typeof AdminGetLicensePoliciesParams>

/** Query of a route answering one policy: no parameter. */
export const AdminGetLicensePolicyParams = z.object({}).strict()

export const AdminCreateLicensePolicy = z
  .object({
    variant_id: entityId,
    max_activations: maxActivations.default(3),
    duration_days: durationDays.default(null),
    transferable: z.boolean().default(false),
    key_prefix: keyPrefix.default("CPT"),
    suspend_on_refund: z.boolean().default(true),
  })
  .strict()
export type AdminCreateLicensePolicyType = z.infer<typeof AdminCreateLicensePolicy>

export const AdminUpdateLicensePolicy = z
  .object({
    max_activations: maxActivations.optional(),
    duration_days: durationDays.optional(),
    transferable: z.boolean().optional(),
    key_prefix: keyPrefix.optional(),
    suspend_on_refund: z.boolean().optional(),
  })
  .strict()
export type AdminUpdateLicensePolicyType = z.infer<typeof AdminUpdateLicensePolicy>
