import { model } from "@medusajs/framework/utils"

/** One HTTP request of a delivery and what came back: the delivery log. */
export const WebhookAttempt = model
  .define("webhook_attempt", {
    id: model.id({ prefix: "what" }).primaryKey(),
    delivery_id: model.text(),
    endpoint_id: model.text(),
    attempt: model.number(),
    succeeded: model.boolean(),
    status: model.number().nullable(),
    latency_ms: model.number(),
    /** The signed request as sent (headers without secrets; the body is the signed bytes). */
    request_headers: model.json(),
    request_body: model.text(),
    /** The first 4 KB of the response. */
    response_excerpt: model.text().nullable(),
    error: model.text().nullable(),
    next_attempt_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["delivery_id", "attempt"] }])
