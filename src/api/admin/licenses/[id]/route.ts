import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLicenseResponse } from "../../../../types/http/license"
import { updateLicenseWorkflow } from "../../../../workflows/digital/update-license"
import { assertLicenseExists, refetchAdminLicense } from "../helpers"
import type { AdminUpdateLicenseType } from "../validators"

/** Reads one license with its devices, its policy's limit and its order's number. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminLicenseResponse>) {
  res.json({ license: await refetchAdminLicense(req.scope, req.params.id, req.queryConfig.fields) })
}

/** Gives the license its own device limit, or back its policy's (`max_activations_override: null`). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateLicenseType>, res: MedusaResponse<AdminLicenseResponse>) {
  await assertLicenseExists(req.scope, req.params.id)
  await updateLicenseWorkflow(req.scope).run({ input: { id: req.params.id, max_activations_override: req.validatedBody.max_activations_override } })
  res.json({ license: await refetchAdminLicense(req.scope, req.params.id, req.queryConfig.fields) })
}
