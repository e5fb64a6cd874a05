import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLicenseResponse } from "../../../../../types/http/license"
import { changeLicenseStatusWorkflow } from "../../../../../workflows/digital/change-license-status"
import { assertLicenseExists, refetchAdminLicense } from "../../helpers"

/** Makes a suspended license active again (a revoked one cannot be); emits `digital.license.reinstated`. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminLicenseResponse>) {
  await assertLicenseExists(req.scope, req.params.id)
  await changeLicenseStatusWorkflow(req.scope).run({ input: { id: req.params.id, status: "active", reason: null } })
  res.json({ license: await refetchAdminLicense(req.scope, req.params.id, req.queryConfig.fields) })
}
