import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WEBHOOK_MODULE } from "../../modules/webhook"
import type WebhookModuleService from "../../modules/webhook/service"
import { kickWebhookDelivery } from "../../lib/webhook/deliver-webhooks"
import { SUBSCRIBED_EVENT_TYPES } from "../../lib/webhook/event-catalog"
import { enqueueWebhookEventWorkflow } from "../../workflows/webhook/enqueue-webhook-event"

/**
 * Every event of the webhook catalog: stores a message for the endpoints subscribed to it, then
 * starts delivering at once (the job delivers retries, and anything left after a restart).
 */
export default async function enqueueWebhooks({ event, container }: SubscriberArgs<Record<string, unknown>>) {
  // Most events have no subscriber: skip reading their entity.
  if (!(await container.resolve<WebhookModuleService>(WEBHOOK_MODULE).hasSubscribers(event.name))) return
  const { result } = await enqueueWebhookEventWorkflow(container).run({
    input: { event_type: event.name, event_data: event.data ?? {}, occurred_at: new Date(Date.now()).toISOString() },
  })
  if (result) void kickWebhookDelivery(container)
}

export const config: SubscriberConfig = { event: SUBSCRIBED_EVENT_TYPES, context: { subscriberId: "webhook-enqueue" } }
