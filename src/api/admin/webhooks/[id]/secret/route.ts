import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminWebhookSecretResponse } from "../../../../../types/http/webhook"
import { readWebhookSecret } from "../../helpers"

/** Reveals an endpoint's signing secret, and the previous one while a rotation overlaps. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminWebhookSecretResponse>) {
  res.json(await readWebhookSecret(req.scope, req.params.id))
}
