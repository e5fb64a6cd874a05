import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminWebhookEndpointResponse } from "../../../../../types/http/webhook"
import { enableWebhookEndpointWorkflow } from "../../../../../workflows/webhook/enable-webhook-endpoint"
import { refetchWebhookEndpoint } from "../../helpers"

/** Re-enables an endpoint that was disabled; its failed deliveries can then be replayed. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminWebhookEndpointResponse>) {
  await refetchWebhookEndpoint(req.scope, req.params.id)
  await enableWebhookEndpointWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ webhook: await refetchWebhookEndpoint(req.scope, req.params.id, req.queryConfig.fields) })
}
