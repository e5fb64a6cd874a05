import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLicenseResponse } from "../../../../../types/http/license"
import { changeLicenseStatusWorkflow } from "../../../../../workflows/digital/change-license-status"
import { assertLicenseExists, refetchAdminLicense } from "../../helpers"
import type { AdminSuspendLicenseType } from "../../validators"

/** Suspends a license (it stops validating until reinstated); emits `digital.license.suspended`. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSuspendLicenseType>, res: MedusaResponse<AdminLicenseResponse>) {
  await assertLicenseExists(req.scope, req.params.id)
  await changeLicenseStatusWorkflow(req.scope).run({ input: { id: req.params.id, status: "suspended", reason: req.validatedBody.reason ?? null } })
  res.json({ license: await refetchAdminLicense(req.scope, req.params.id, req.queryConfig.fields) })
}
