import { isIsoDay } from "./invoice-list-query"
import type { WebhookDeliveryState, WebhookEndpointStatus } from "./webhook-types"

/** Endpoints per page of the Webhooks table. */
export const WEBHOOKS_PAGE_SIZE = 20

/** Deliveries per page of an endpoint's delivery log. */
export const WEBHOOK_DELIVERIES_PAGE_SIZE = 20

export const WEBHOOK_STATUSES: readonly WebhookEndpointStatus[] = ["active", "disabled"]
export const WEBHOOK_DELIVERY_STATES: readonly WebhookDeliveryState[] = ["pending", "succeeded", "failed"]

/** The query of `GET /admin/webhooks`. */
export type AdminWebhookListParams = {
  /** Part of the URL or description. */
  q?: string
  status?: WebhookEndpointStatus
  limit: number
  offset: number
}

/** The state of the Webhooks table that the server applies: search, filters and page. */
export type WebhookTableState = {
  search: string
  /** Filter id → value as the DataTable holds it (one string for the `status` radio). */
  filters: Record<string, unknown>
  pageIndex: number
}

const isWebhookStatus = (value: unknown): value is WebhookEndpointStatus => WEBHOOK_STATUSES.some((status) => status === value)
const isDeliveryState = (value: unknown): value is WebhookDeliveryState => WEBHOOK_DELIVERY_STATES.some((state) => state === value)

/** The query of `GET /admin/webhooks` for a state of the Webhooks table; unset parts are left out. */
export function toWebhookListParams(state: WebhookTableState): AdminWebhookListParams {
  const params: AdminWebhookListParams = { limit: WEBHOOKS_PAGE_SIZE, offset: state.pageIndex * WEBHOOKS_PAGE_SIZE }
  const q = state.search.trim()
  if (q) {
    params.q = q
  }
  if (isWebhookStatus(state.filters.status)) {
    params.status = state.filters.status
  }
  return params
}

/** The query of `GET /admin/webhooks/deliveries`. */
export type AdminWebhookDeliveryListParams = {
  endpoint_id?: string
  event_type?: string
  state?: WebhookDeliveryState
  /** ISO instants bounding `created_at`, both included. */
  created_at_gte?: string
  created_at_lte?: string
  limit: number
  offset: number
}

/** A period of creation days as the date inputs hold it: YYYY-MM-DD, "" for an open end. */
export type DeliveryPeriod = { from: string; to: string }

/** The state of a delivery log that the server applies: endpoint, filters, period and page. */
export type DeliveryTableState = {
  endpointId: string
  /** Filter id → value as the DataTable holds it (one string each for `event_type` and `state`). */
  filters: Record<string, unknown>
  period: DeliveryPeriod
  pageIndex: number
}

/** The first instant of a calendar day in the admin's time zone, as an ISO instant. */
export function dayStartIso(day: string): string {
  const [year, month, date] = day.split("-").map(Number)
  return new Date(year, month - 1, date).toISOString()
}

/** The last instant (to the millisecond) of a calendar day in the admin's time zone, as an ISO instant. */
export function dayEndIso(day: string): string {
  const [year, month, date] = day.split("-").map(Number)
  return new Date(new Date(year, month - 1, date + 1).getTime() - 1).toISOString()
}

/** The query of `GET /admin/webhooks/deliveries` for a state of a delivery log; unset parts are left out. */
export function toDeliveryListParams(state: DeliveryTableState): AdminWebhookDeliveryListParams {
  const params: AdminWebhookDeliveryListParams = {
    endpoint_id: state.endpointId,
    limit: WEBHOOK_DELIVERIES_PAGE_SIZE,
    offset: state.pageIndex * WEBHOOK_DELIVERIES_PAGE_SIZE,
  }
  const eventType = state.filters.event_type
  if (typeof eventType === "string" && eventType.trim()) {
    params.event_type = eventType.trim()
  }
  if (isDeliveryState(state.filters.state)) {
    params.state = state.filters.state
  }
  if (isIsoDay(state.period.from)) {
    params.created_at_gte = dayStartIso(state.period.from)
  }
  if (isIsoDay(state.period.to)) {
    params.created_at_lte = dayEndIso(state.period.to)
  }
  return params
}
