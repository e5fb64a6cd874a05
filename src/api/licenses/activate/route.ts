import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { LicenseActivateResponse } from "../../../types/http/license"
import { activateLicenseWorkflow } from "../../../workflows/digital/activate-license"
import { toPublicActivation, toPublicLicense } from "../helpers"
import type { LicenseActivateType } from "../validators"

/** Activates a license on a device: 201 for a new device, 200 when it was already active; refusals carry a `code`. */
export async function POST(req: MedusaRequest<LicenseActivateType>, res: MedusaResponse<LicenseActivateResponse>) {
  const { result } = await activateLicenseWorkflow(req.scope).run({ input: { ...req.validatedBody, ip: req.ip ?? null } })
  res.status(result.created ? 201 : 200).json({ activation: toPublicActivation(result.activation), license: toPublicLicense(result.license) })
}
