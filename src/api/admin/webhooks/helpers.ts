import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type {
  AdminWebhookAttempt,
  AdminWebhookDelivery,
  AdminWebhookDeliveryResponse,
  AdminWebhookEndpoint,
  AdminWebhookSecretResponse,
} from "../../../types/http/webhook"
import { WEBHOOK_ATTEMPT_FIELDS, WEBHOOK_DELIVERY_FIELDS, WEBHOOK_ENDPOINT_FIELDS } from "./query-config"

// A delivery's log shows its latest attempts (8 per run, more after retries).
const MAX_ATTEMPTS_SHOWN = 100

type Row = Record<string, any>

/** A stored date as an ISO string; null stays null. */
export const iso = (value: Date | string | null | undefined): string | null => (value == null ? null : new Date(value).toISOString())

/** `q` as an ILIKE pattern matching it anywhere, its own `%`, `_` and `\` taken literally. */
export const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, "\\$&")}%`

/** Whether a rotation's previous secret still signs. */
const stillSigns = (expiresAt: Date | string | null | undefined) => !!expiresAt && new Date(expiresAt).getTime() > Date.now()

/** An endpoint as the admin sees it, built field by field so no secret can slip through. */
export function toAdminWebhookEndpoint(row: Row): AdminWebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description ?? null,
    event_types: row.event_types ?? [],
    status: row.status,
    disabled_reason: row.disabled_reason ?? null,
    disabled_at: iso(row.disabled_at),
    failing_since: iso(row.failing_since),
    headers: row.headers ?? null,
    timeout_ms: row.timeout_ms,
    payload_template: row.payload_template ?? null,
    previous_secret_expires_at: stillSigns(row.previous_secret_expires_at) ? iso(row.previous_secret_expires_at) : null,
    created_at: iso(row.created_at)!,
    updated_at: iso(row.updated_at)!,
  }
}

/** One endpoint, or a 404 naming it. */
export async function refetchWebhookEndpoint(scope: MedusaContainer, id: string, fields: string[] = WEBHOOK_ENDPOINT_FIELDS): Promise<AdminWebhookEndpoint> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "webhook_endpoint", fields, filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Webhook endpoint ${id} was not found`)
  }
  return toAdminWebhookEndpoint(data[0])
}

/** An endpoint's signing secrets: the previous one only while it still signs. */
export async function readWebhookSecret(scope: MedusaContainer, id: string): Promise<AdminWebhookSecretResponse> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "webhook_endpoint",
    fields: ["id", "secret", "previous_secret", "previous_secret_expires_at"],
    filters: { id },
  })
  const endpoint = data[0]
  if (!endpoint) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Webhook endpoint ${id} was not found`)
  }
  const overlapping = !!endpoint.previous_secret && stillSigns(endpoint.previous_secret_expires_at)
  return {
    secret: endpoint.secret,
    previous_secret: overlapping ? endpoint.previous_secret : null,
    previous_secret_expires_at: overlapping ? iso(endpoint.previous_secret_expires_at) : null,
  }
}

/** A delivery as the admin sees it. */
export function toAdminWebhookDelivery(row: Row): AdminWebhookDelivery {
  return {
    id: row.id,
    endpoint_id: row.endpoint_id,
    message_id: row.message_id,
    event_type: row.event_type,
    state: row.state,
    attempts: row.attempts,
    next_attempt_at: iso(row.next_attempt_at),
    last_status: row.last_status ?? null,
    last_error: row.last_error ?? null,
    delivered_at: iso(row.delivered_at),
    created_at: iso(row.created_at)!,
  }
}

const toAdminWebhookAttempt = (row: Row): AdminWebhookAttempt => ({
  id: row.id,
  attempt: row.attempt,
  succeeded: row.succeeded,
  status: row.status ?? null,
  latency_ms: row.latency_ms,
  request_headers: row.request_headers ?? {},
  request_body: row.request_body,
  response_excerpt: row.response_excerpt ?? null,
  error: row.error ?? null,
  next_attempt_at: iso(row.next_attempt_at),
  created_at: iso(row.created_at)!,
})

/** One delivery, or a 404 naming it. */
export async function refetchWebhookDelivery(scope: MedusaContainer, id: string): Promise<AdminWebhookDelivery> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "webhook_delivery", fields: WEBHOOK_DELIVERY_FIELDS, filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Webhook delivery ${id} was not found`)
  }
  return toAdminWebhookDelivery(data[0])
}

/** One delivery with its attempts (oldest first), its endpoint's URL (even deleted) and the body it carries. */
export async function readWebhookDeliveryDetail(scope: MedusaContainer, id: string): Promise<AdminWebhookDeliveryResponse["delivery"]> {
  const delivery = await refetchWebhookDelivery(scope, id)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [attempts, endpoints, messages] = await Promise.all([
    query.graph({
      entity: "webhook_attempt",
      fields: WEBHOOK_ATTEMPT_FIELDS,
      filters: { delivery_id: id },
      pagination: { skip: 0, take: MAX_ATTEMPTS_SHOWN, order: { attempt: "DESC", created_at: "DESC" } },
    }),
    query.graph({ entity: "webhook_endpoint", fields: ["id", "url"], filters: { id: delivery.endpoint_id }, withDeleted: true }),
    query.graph({ entity: "webhook_message", fields: ["id", "event_type", "data", "occurred_at"], filters: { id: delivery.message_id } }),
  ])
  const message = messages.data[0]
  return {
    ...delivery,
    attempts_log: attempts.data.map(toAdminWebhookAttempt).reverse(),
    endpoint_url: endpoints.data[0]?.url ?? null,
    payload: message ? { type: message.event_type, timestamp: iso(message.occurred_at), data: message.data } : null,
  }
}
