import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminWebhookSecretResponse } from "../../../../../types/http/webhook"
import { rotateWebhookSecretWorkflow } from "../../../../../workflows/webhook/rotate-webhook-secret"
import { readWebhookSecret, refetchWebhookEndpoint } from "../../helpers"
import type { AdminRotateWebhookSecretType } from "../../validators"

/** Gives an endpoint a new secret; the old one keeps signing for `overlap_hours` (default from the options). */
export async function POST(req: AuthenticatedMedusaRequest<AdminRotateWebhookSecretType>, res: MedusaResponse<AdminWebhookSecretResponse>) {
  await refetchWebhookEndpoint(req.scope, req.params.id)
  await rotateWebhookSecretWorkflow(req.scope).run({ input: { id: req.params.id, overlap_hours: req.validatedBody.overlap_hours } })
  res.json(await readWebhookSecret(req.scope, req.params.id))
}
