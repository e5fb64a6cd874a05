import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WEBHOOK_MODULE } from "../../../modules/webhook"
import type WebhookModuleService from "../../../modules/webhook/service"

export const requeueWebhookDeliveriesStepId = "requeue-webhook-deliveries"

/** These deliveries, or an endpoint's failed deliveries created since `since` (an ISO time). */
export type RequeueWebhookDeliveriesStepInput = { ids: string[] } | { endpoint_id: string; since: string }

/**
 * Queues deliveries again, due now and keeping their `webhook-id`: the given ones unless pending,
 * or an endpoint's failed ones since a time. Answers the ids requeued; compensation puts back
 * the states they had (unless a worker took them meanwhile).
 */
export const requeueWebhookDeliveriesStep = createStep(
  requeueWebhookDeliveriesStepId,
  async (input: RequeueWebhookDeliveriesStepInput, { container }) => {
    const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
    const now = new Date(Date.now())
    const snapshots = await webhooks.requeueDeliveries(
      "ids" in input ? { ids: input.ids, now } : { endpoint_id: input.endpoint_id, since: new Date(input.since), now }
    )
    return new StepResponse(snapshots.map((snapshot) => snapshot.id), snapshots)
  },
  async (snapshots, { container }) => {
    if (!snapshots?.length) return
    const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
    await webhooks.restoreDeliveries(snapshots)
  }
)
