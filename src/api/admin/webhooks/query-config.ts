/** An endpoint's fields the admin reads: never `secret` nor `previous_secret` (see the secret route). */
export const WEBHOOK_ENDPOINT_FIELDS = [
  "id", "url", "description", "event_types", "status", "disabled_reason", "disabled_at", "failing_since",
  "headers", "timeout_ms", "payload_template", "previous_secret_expires_at", "created_at", "updated_at",
]

export const WEBHOOK_DELIVERY_FIELDS = [
  "id", "endpoint_id", "message_id", "event_type", "state", "attempts", "next_attempt_at", "last_status", "last_error", "delivered_at", "created_at",
]

export const WEBHOOK_ATTEMPT_FIELDS = [
  "id", "attempt", "succeeded", "status", "latency_ms", "request_headers", "request_body", "response_excerpt", "error", "next_attempt_at", "created_at",
]

// Only these fields may be read; `fields` is not a parameter of these routes.
export const retrieveWebhookQueryConfig = { defaults: WEBHOOK_ENDPOINT_FIELDS, allowed: WEBHOOK_ENDPOINT_FIELDS, isList: false }

export const listWebhooksQueryConfig = { defaults: WEBHOOK_ENDPOINT_FIELDS, allowed: WEBHOOK_ENDPOINT_FIELDS, isList: true, defaultLimit: 20 }

export const listWebhookDeliveriesQueryConfig = { defaults: WEBHOOK_DELIVERY_FIELDS, allowed: WEBHOOK_DELIVERY_FIELDS, isList: true, defaultLimit: 20 }

/** For routes whose answer is not an endpoint's fields (secret, catalog, one delivery). */
export const noFieldsQueryConfig = { defaults: ["id"], isList: false }
