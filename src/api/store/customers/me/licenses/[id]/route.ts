import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreCustomerLicenseResponse } from "../../../../../../types/http/digital"
import { retrieveCustomerLicense } from "../helpers"

/** One of the signed-in customer's licenses; another customer's is a 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreCustomerLicenseResponse>) {
  res.json({ license: await retrieveCustomerLicense(req.scope, req.auth_context.actor_id, req.params.id) })
}
