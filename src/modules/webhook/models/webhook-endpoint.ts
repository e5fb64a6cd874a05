import { model } from "@medusajs/framework/utils"

/**
 * A receiver of outgoing webhooks: where to send, which events, how to sign. `secret` signs every
 * delivery; after a rotation `previous_secret` signs too until `previous_secret_expires_at`.
 */
export const WebhookEndpoint = model
  .define("webhook_endpoint", {
    id: model.id({ prefix: "whep" }).primaryKey(),
    url: model.text(),
    description: model.text().nullable(),
    /** Event types or wildcards (`order.*`, `*`). */
    event_types: model.json(),
    status: model.enum(["active", "disabled"]).default("active"),
    disabled_reason: model.text().nullable(),
    disabled_at: model.dateTime().nullable(),
    /** Start of the current run of failures (null after a success): 5 days of it disables. */
    failing_since: model.dateTime().nullable(),
    secret: model.text(),
    previous_secret: model.text().nullable(),
    previous_secret_expires_at: model.dateTime().nullable(),
    /** Extra request headers, `{ name: value }`. */
    headers: model.json().nullable(),
    timeout_ms: model.number().default(15000),
    /** Optional field selection and renaming of the body (see payload-template.ts). */
    payload_template: model.json().nullable(),
  })
  .indexes([{ on: ["status"], where: "deleted_at IS NULL" }])
