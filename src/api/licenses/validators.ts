import { z } from "@medusajs/framework/zod"
import { normalizeLicenseKey } from "../../modules/digital/licensing/license-key"
import { safeText } from "../utils/validators"

/** A license key as typed (case, spaces and look-alike letters forgiven). */
const licenseKey = safeText(100).transform(normalizeLicenseKey)
/** The device as the seller's software names it (a hash of hardware ids, a machine GUID…). */
const fingerprint = safeText(200)

export { LicenseValidate, type LicenseValidateType } from "../../modules/digital/licensing/validate-request"

export const LicenseActivate = z
  .object({ key: licenseKey, fingerprint, name: safeText(200).optional(), platform: safeText(100).optional() })
  .strict()
export type LicenseActivateType = z.infer<typeof LicenseActivate>

export const LicenseDeactivate = z.object({ key: licenseKey, fingerprint }).strict()
export type LicenseDeactivateType = z.infer<typeof LicenseDeactivate>

export const LicenseCheckout = z
  .object({ key: licenseKey, fingerprint: fingerprint.optional(), ttl_days: z.number().int().min(1).max(366).optional() })
  .strict()
export type LicenseCheckoutType = z.infer<typeof LicenseCheckout>
