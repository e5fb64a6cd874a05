import type { AdminWebhookDeliveryResponse, WebhookPayloadTemplate } from "../../types/http/webhook"

// The admin reads the one HTTP contract of the webhook routes instead of restating it. Type-only
// exports, so nothing outside src/admin ends up in the admin bundle.
export type {
  AdminWebhookAttempt,
  AdminWebhookDelivery,
  AdminWebhookDeliveryListResponse,
  AdminWebhookDeliveryResponse,
  AdminWebhookEndpoint,
  AdminWebhookEndpointDeleteResponse,
  AdminWebhookEndpointListResponse,
  AdminWebhookEndpointResponse,
  AdminWebhookEventListResponse,
  AdminWebhookEventType,
  AdminWebhookReplayResponse,
  AdminWebhookSecretResponse,
  WebhookDeliveryState,
  WebhookEndpointStatus,
  WebhookPayloadTemplate,
} from "../../types/http/webhook"

/** A delivery as `GET /admin/webhooks/deliveries/:id` returns it: with its attempts and payload. */
export type AdminWebhookDeliveryDetail = AdminWebhookDeliveryResponse["delivery"]

/**
 * The body of `POST /admin/webhooks` and, every field optional, of `POST /admin/webhooks/:id`;
 * `null` clears a field. The contract (src/types/http/webhook.ts) only describes responses.
 */
export type AdminWebhookEndpointBody = {
  url: string
  description?: string | null
  event_types: string[]
  headers?: Record<string, string>
  timeout_ms?: number
  payload_template?: WebhookPayloadTemplate | null
}
