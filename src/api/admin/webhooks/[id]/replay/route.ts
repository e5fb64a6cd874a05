import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { kickWebhookDelivery } from "../../../../../lib/webhook/deliver-webhooks"
import type { AdminWebhookReplayResponse } from "../../../../../types/http/webhook"
import { requeueWebhookDeliveriesWorkflow } from "../../../../../workflows/webhook/requeue-webhook-deliveries"
import type { AdminReplayWebhookType } from "../../validators"

/** Sends again every failed delivery of the endpoint created since `since` (same `webhook-id`). */
export async function POST(req: AuthenticatedMedusaRequest<AdminReplayWebhookType>, res: MedusaResponse<AdminWebhookReplayResponse>) {
  const { result } = await requeueWebhookDeliveriesWorkflow(req.scope).run({
    input: { endpoint_id: req.params.id, since: req.validatedBody.since.toISOString() },
  })
  if (result.length) void kickWebhookDelivery(req.scope)
  res.json({ requeued: result.length })
}
