import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLicenseResponse } from "../../../../../types/http/license"
import { changeLicenseStatusWorkflow } from "../../../../../workflows/digital/change-license-status"
import { assertLicenseExists, refetchAdminLicense } from "../../helpers"
import type { AdminRevokeLicenseType } from "../../validators"

/** Revokes a license for good; emits `digital.license.revoked`. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRevokeLicenseType>, res: MedusaResponse<AdminLicenseResponse>) {
  await assertLicenseExists(req.scope, req.params.id)
  await changeLicenseStatusWorkflow(req.scope).run({ input: { id: req.params.id, status: "revoked", reason: req.validatedBody.reason ?? null } })
  res.json({ license: await refetchAdminLicense(req.scope, req.params.id, req.queryConfig.fields) })
}
