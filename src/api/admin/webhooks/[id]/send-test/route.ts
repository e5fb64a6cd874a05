import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { kickWebhookDelivery } from "../../../../../lib/webhook/deliver-webhooks"
import type { AdminWebhookTestResponse } from "../../../../../types/http/webhook"
import { sendTestWebhookWorkflow } from "../../../../../workflows/webhook/send-test-webhook"
import { refetchWebhookDelivery } from "../../helpers"

/** Sends a `webhook.test` message to the endpoint now; answers its pending delivery (follow it in the log). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminWebhookTestResponse>) {
  const { result } = await sendTestWebhookWorkflow(req.scope).run({ input: { id: req.params.id } })
  const deliveryId = result?.delivery_ids[0]
  if (!deliveryId) {
    // Disabled between the check and the enqueue: nothing was queued.
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Webhook endpoint ${req.params.id} is disabled: enable it first`)
  }
  const delivery = await refetchWebhookDelivery(req.scope, deliveryId)
  void kickWebhookDelivery(req.scope)
  res.json({ delivery })
}
