import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"
import type { LicenseCheckoutResponse } from "../../../types/http/license"
import type { LicenseCheckoutType } from "../validators"

/**
 * A signed license file for offline checks (default 30 days), for a valid license — and, when a
 * device is named, only if the license is activated on it. Refusals carry the validation `code`.
 */
export async function POST(req: MedusaRequest<LicenseCheckoutType>, res: MedusaResponse<LicenseCheckoutResponse>) {
  const { key, fingerprint, ttl_days } = req.validatedBody
  const digital = req.scope.resolve<DigitalModuleService>(DIGITAL_MODULE)
  const now = new Date(Date.now())
  const { license, code, detail } = await digital.validateLicense({ key, fingerprint, now })
  if (!license) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No license has the key ${key}`, code)
  if (code !== "VALID") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `License ${key}: ${detail.toLowerCase()}`, code)
  const file = digital.signLicenseFile(license, fingerprint ?? null, now, ttl_days)
  res.json({ license_file: file, expires_at: JSON.parse(Buffer.from(file.payload, "base64url").toString("utf8")).expires_at })
}
