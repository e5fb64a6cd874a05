import { z } from "@medusajs/framework/zod"
import { normalizeLicenseKey } from "./license-key"

const withoutNul = (value: string) => !value.includes("\u0000")
/** A license key as typed (case, spaces and look-alike letters forgiven). */
export const licenseKeyField = z.string().trim().min(1).max(100).refine(withoutNul, { message: "must not contain NUL bytes" }).transform(normalizeLicenseKey)
/** The device as the seller's software names it (a hash of hardware ids, a machine GUID…). */
export const fingerprintField = z.string().trim().min(1).max(200).refine(withoutNul, { message: "must not contain NUL bytes" })

/** The body of `POST /licenses/validate`, on Medusa's route and on the fast path. */
export const LicenseValidate = z.object({ key: licenseKeyField, fingerprint: fingerprintField.optional() }).strict()
export type LicenseValidateType = z.infer<typeof LicenseValidate>
