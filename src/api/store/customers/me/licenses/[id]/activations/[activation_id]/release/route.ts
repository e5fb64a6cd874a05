import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreCustomerLicenseResponse } from "../../../../../../../../../types/http/digital"
import { deactivateLicenseWorkflow } from "../../../../../../../../../workflows/digital/deactivate-license"
import { retrieveCustomerLicense } from "../../../../helpers"
import type { StoreReleaseLicenseActivationType } from "../../../../validators"

/**
 * Releases one of the devices the signed-in customer's license is active on, freeing an
 * activation; a license not theirs, or a device not active on it, is a 404.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreReleaseLicenseActivationType>, res: MedusaResponse<StoreCustomerLicenseResponse>) {
  const { id, activation_id } = req.params
  const license = await retrieveCustomerLicense(req.scope, req.auth_context.actor_id, id)
  const activation = license.activations.find((candidate) => candidate.id === activation_id)
  const notActive = () => new MedusaError(MedusaError.Types.NOT_FOUND, `Device ${activation_id} is not active on license ${license.key}`)
  if (!activation) throw notActive()
  const { result } = await deactivateLicenseWorkflow(req.scope).run({ input: { key: license.key, fingerprint: activation.fingerprint } })
  if (!result) throw notActive()
  res.json({ license: await retrieveCustomerLicense(req.scope, req.auth_context.actor_id, id) })
}
