import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DIGITAL_MODULE } from "../../../modules/digital"
import type DigitalModuleService from "../../../modules/digital/service"
import type { LicenseValidateResponse } from "../../../types/http/license"
import { toPublicLicense } from "../helpers"
import type { LicenseValidateType } from "../validators"

/** Checks a key (and optionally that it is activated on a device): 200 with `valid` and a `code`, whatever the answer. */
export async function POST(req: MedusaRequest<LicenseValidateType>, res: MedusaResponse<LicenseValidateResponse>) {
  const digital = req.scope.resolve<DigitalModuleService>(DIGITAL_MODULE)
  const { license, ...verdict } = await digital.validateLicense({ ...req.validatedBody, now: new Date(Date.now()) })
  res.json({ ...verdict, license: license ? toPublicLicense(license) : null })
}
