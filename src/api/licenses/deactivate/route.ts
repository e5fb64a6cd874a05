import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"
import type { LicenseDeactivateResponse } from "../../../types/http/license"
import { deactivateLicenseWorkflow } from "../../../workflows/digital/deactivate-license"
import { toPublicLicense } from "../helpers"
import type { LicenseDeactivateType } from "../validators"

/** Releases a device of a license, freeing one activation; 404 when that device is not active on it. */
export async function POST(req: MedusaRequest<LicenseDeactivateType>, res: MedusaResponse<LicenseDeactivateResponse>) {
  const { key, fingerprint } = req.validatedBody
  const { result } = await deactivateLicenseWorkflow(req.scope).run({ input: { key, fingerprint } })
  if (!result) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `License ${key} is not activated on device ${fingerprint}`, "NOT_ACTIVATED_ON_FINGERPRINT")
  }
  const { license } = await req.scope.resolve<DigitalModuleService>(DIGITAL_MODULE).validateLicense({ key, now: new Date(Date.now()) })
  res.json({ deactivated: true, license: toPublicLicense(license!) })
}
