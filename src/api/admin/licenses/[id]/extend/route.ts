import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLicenseResponse } from "../../../../../types/http/license"
import { extendLicenseWorkflow } from "../../../../../workflows/digital/extend-license"
import { assertLicenseExists, refetchAdminLicense } from "../../helpers"
import type { AdminExtendLicenseType } from "../../validators"

/** Sets when the license ends (`expires_at: null`: perpetual); an expired license extended into the future is active again. */
export async function POST(req: AuthenticatedMedusaRequest<AdminExtendLicenseType>, res: MedusaResponse<AdminLicenseResponse>) {
  await assertLicenseExists(req.scope, req.params.id)
  const { expires_at } = req.validatedBody
  await extendLicenseWorkflow(req.scope).run({ input: { id: req.params.id, expires_at: expires_at ? expires_at.toISOString() : null } })
  res.json({ license: await refetchAdminLicense(req.scope, req.params.id, req.queryConfig.fields) })
}
