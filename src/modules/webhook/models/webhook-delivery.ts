import { model } from "@medusajs/framework/utils"

/**
 * One message to one endpoint: pending until a 2xx (succeeded) or the last retry (failed).
 * A worker claims it by setting `locked_until`; a claim that outlives its worker expires.
 */
export const WebhookDelivery = model
  .define("webhook_delivery", {
    id: model.id({ prefix: "whdl" }).primaryKey(),
    endpoint_id: model.text(),
    message_id: model.text(),
    event_type: model.text(),
    state: model.enum(["pending", "succeeded", "failed"]).default("pending"),
    attempts: model.number().default(0),
    next_attempt_at: model.dateTime().nullable(),
    locked_until: model.dateTime().nullable(),
    last_status: model.number().nullable(),
    last_error: model.text().nullable(),
    delivered_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["next_attempt_at"], where: "state = 'pending' AND deleted_at IS NULL" },
    { on: ["endpoint_id", "created_at"] },
    { on: ["message_id"] },
    { on: ["state", "created_at"] },
  ])
