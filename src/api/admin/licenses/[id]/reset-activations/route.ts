import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLicenseResponse } from "../../../../../types/http/license"
import { resetLicenseActivationsWorkflow } from "../../../../../workflows/digital/reset-license-activations"
import { assertLicenseExists, refetchAdminLicense } from "../../helpers"

/** Releases every device the license is active on (kept in its history); emits `digital.license.deactivated` for each. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminLicenseResponse>) {
  await assertLicenseExists(req.scope, req.params.id)
  await resetLicenseActivationsWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ license: await refetchAdminLicense(req.scope, req.params.id, req.queryConfig.fields) })
}
