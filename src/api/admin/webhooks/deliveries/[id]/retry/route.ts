import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { kickWebhookDelivery } from "../../../../../../lib/webhook/deliver-webhooks"
import type { AdminWebhookDeliveryResponse } from "../../../../../../types/http/webhook"
import { requeueWebhookDeliveriesWorkflow } from "../../../../../../workflows/webhook/requeue-webhook-deliveries"
import { readWebhookDeliveryDetail, refetchWebhookDelivery } from "../../../helpers"

/** Sends a finished delivery again now, with the same `webhook-id`; its endpoint must be enabled. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminWebhookDeliveryResponse>) {
  const { id } = req.params
  const delivery = await refetchWebhookDelivery(req.scope, id)
  const alreadyQueued = new MedusaError(MedusaError.Types.NOT_ALLOWED, `Webhook delivery ${id} is already queued`)
  if (delivery.state === "pending") throw alreadyQueued
  const { result } = await requeueWebhookDeliveriesWorkflow(req.scope).run({ input: { endpoint_id: delivery.endpoint_id, ids: [id] } })
  // Another retry got there first: the update only takes deliveries that are not pending.
  if (!result.length) throw alreadyQueued
  const detail = await readWebhookDeliveryDetail(req.scope, id)
  void kickWebhookDelivery(req.scope)
  res.json({ delivery: detail })
}
