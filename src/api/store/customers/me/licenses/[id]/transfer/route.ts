import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreLicenseTransferResponse } from "../../../../../../../types/http/digital"
import { transferLicenseWorkflow } from "../../../../../../../workflows/digital/transfer-license"
import type { StoreTransferLicenseType } from "../../validators"

/**
 * Gives one of the signed-in customer's licenses to another address, when its policy allows
 * transfers; the answer does not say whether that address has an account.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreTransferLicenseType>, res: MedusaResponse<StoreLicenseTransferResponse>) {
  const { result } = await transferLicenseWorkflow(req.scope).run({
    input: { license_id: req.params.id, customer_id: req.auth_context.actor_id, email: req.validatedBody.email },
  })
  res.json({ id: result.id, transferred: true, to_email: result.to_email })
}
