import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WEBHOOK_MODULE } from "../../../modules/webhook"
import type WebhookModuleService from "../../../modules/webhook/service"

export type EnqueueWebhookMessageInput = {
  event_type: string
  data: unknown
  /** ISO time of the event (the body's `timestamp`). */
  occurred_at: string
  /** Only these endpoints (a test message); else every active endpoint subscribed to the type. */
  endpoint_ids?: string[]
}

/** Stores the message and its pending deliveries (the outbox); undone by removing them. */
export const enqueueWebhookMessageStep = createStep(
  "enqueue-webhook-message",
  async (input: EnqueueWebhookMessageInput, { container }) => {
    const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
    const enqueued = await webhooks.enqueueMessage({ ...input, occurred_at: new Date(input.occurred_at), now: new Date(Date.now()) })
    return new StepResponse(enqueued, enqueued?.message_id ?? null)
  },
  async (messageId, { container }) => {
    if (!messageId) return
    const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
    await webhooks.removeMessage(messageId)
  }
)
