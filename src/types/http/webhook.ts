// HTTP contract of the outgoing-webhook admin routes, shared by the routes and the admin page.

export type WebhookEndpointStatus = "active" | "disabled"
export type WebhookDeliveryState = "pending" | "succeeded" | "failed"

/** Declarative reshaping of the body: copy the value at `from` (dotted path into `{ type, timestamp, data }`) to key `to`. */
export type WebhookPayloadTemplate = { fields: { from: string; to: string }[] }

/** A receiver of webhooks, as the admin sees it: never its secret (see the secret route). */
export type AdminWebhookEndpoint = {
  id: string
  url: string
  description: string | null
  /** Event types or wildcards: `order.placed`, `order.*`, `*`. */
  event_types: string[]
  status: WebhookEndpointStatus
  disabled_reason: string | null
  disabled_at: string | null
  /** Start of the current run of failures, null when the last delivery went through. */
  failing_since: string | null
  /** Extra request headers; values are shown as sent (they are the merchant's own). */
  headers: Record<string, string> | null
  timeout_ms: number
  payload_template: WebhookPayloadTemplate | null
  /** Until when the previous secret still signs (during a rotation), else null. */
  previous_secret_expires_at: string | null
  created_at: string
  updated_at: string
}

export type AdminWebhookEndpointResponse = { webhook: AdminWebhookEndpoint }
export type AdminWebhookEndpointListResponse = { webhooks: AdminWebhookEndpoint[]; count: number; offset: number; limit: number }
export type AdminWebhookEndpointDeleteResponse = { id: string; object: "webhook"; deleted: true }

/** The signing secret(s): `whsec_…`; `previous_secret` while a rotation overlaps. */
export type AdminWebhookSecretResponse = { secret: string; previous_secret: string | null; previous_secret_expires_at: string | null }

/** One message to one endpoint. */
export type AdminWebhookDelivery = {
  id: string
  endpoint_id: string
  /** The message id: the `webhook-id` header, the same on every attempt. */
  message_id: string
  event_type: string
  state: WebhookDeliveryState
  attempts: number
  next_attempt_at: string | null
  last_status: number | null
  last_error: string | null
  delivered_at: string | null
  created_at: string
}

/** One HTTP request of a delivery and its answer. */
export type AdminWebhookAttempt = {
  id: string
  attempt: number
  succeeded: boolean
  status: number | null
  latency_ms: number
  request_headers: Record<string, string>
  request_body: string
  /** The first 4 KB of the response body. */
  response_excerpt: string | null
  error: string | null
  next_attempt_at: string | null
  created_at: string
}

/** The test message just queued for an endpoint (pending: its first attempt is starting). */
export type AdminWebhookTestResponse = { delivery: AdminWebhookDelivery }

export type AdminWebhookDeliveryListResponse = { deliveries: AdminWebhookDelivery[]; count: number; offset: number; limit: number }
export type AdminWebhookDeliveryResponse = {
  delivery: AdminWebhookDelivery & { attempts_log: AdminWebhookAttempt[]; endpoint_url: string | null; payload: unknown }
}
/** Deliveries queued again by a replay. */
export type AdminWebhookReplayResponse = { requeued: number }

/** One event type integrators can subscribe to. */
export type AdminWebhookEventType = { type: string; description: string; example: unknown }
export type AdminWebhookEventListResponse = { events: AdminWebhookEventType[] }
