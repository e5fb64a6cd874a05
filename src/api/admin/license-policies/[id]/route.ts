import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLicensePolicyDeleteResponse, AdminLicensePolicyResponse } from "../../../../types/http/license"
import { deleteLicensePoliciesWorkflow } from "../../../../workflows/digital/delete-license-policies"
import { updateLicensePolicyWorkflow } from "../../../../workflows/digital/update-license-policy"
import { refetchLicensePolicy } from "../helpers"
import type { AdminUpdateLicensePolicyType } from "../validators"

/** Reads one license policy. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminLicensePolicyResponse>) {
  res.json({ license_policy: await refetchLicensePolicy(req.scope, req.params.id, req.queryConfig.fields) })
}

/** Changes a policy: its device limit applies at once to its licenses without an override; its duration and prefix to licenses issued from now on. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateLicensePolicyType>, res: MedusaResponse<AdminLicensePolicyResponse>) {
  await refetchLicensePolicy(req.scope, req.params.id)
  await updateLicensePolicyWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ license_policy: await refetchLicensePolicy(req.scope, req.params.id, req.queryConfig.fields) })
}

/** Stops issuing licenses for the variant; licenses already issued keep working. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminLicensePolicyDeleteResponse>) {
  await refetchLicensePolicy(req.scope, req.params.id)
  await deleteLicensePoliciesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "license_policy", deleted: true })
}
