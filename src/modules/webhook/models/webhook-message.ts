import { model } from "@medusajs/framework/utils"

/** One event as sent to every endpoint subscribed to it; its id is the `webhook-id` header. */
export const WebhookMessage = model
  .define("webhook_message", {
    id: model.id({ prefix: "msg" }).primaryKey(),
    event_type: model.text(),
    /** The body's `data`. */
    data: model.json(),
    /** The body's `timestamp`: when the event happened. */
    occurred_at: model.dateTime(),
  })
  .indexes([{ on: ["event_type"] }, { on: ["created_at"] }])
