import type { AdminDealListParams, DealStatus } from "./deal-types"

/** Deals per page of the Deals table. */
export const DEALS_PAGE_SIZE = 20

/** The fields the Admin API sorts deals by; the table's sortable column ids are these names. */
export const DEAL_SORT_FIELDS = ["created_at", "updated_at", "starts_at", "ends_at", "bought_count"] as const

const DEAL_STATUSES: readonly DealStatus[] = ["scheduled", "live", "ended"]

/** The state of the Deals table that the server applies: search, filters, sort and page. */
export type DealTableState = {
  search: string
  /** Filter id → value as the DataTable holds it (string array for status, "true"/"false" otherwise). */
  filters: Record<string, unknown>
  sort: { id: string; desc: boolean } | null
  pageIndex: number
}

const isDealStatus = (value: unknown): value is DealStatus => DEAL_STATUSES.some((status) => status === value)

const toBoolean = (value: unknown): boolean | undefined =>
  value === "true" ? true : value === "false" ? false : undefined

/** The query of `GET /admin/deals` for a state of the Deals table; unset parts are left out. */
export function toDealListParams(state: DealTableState): AdminDealListParams {
  const params: AdminDealListParams = { limit: DEALS_PAGE_SIZE, offset: state.pageIndex * DEALS_PAGE_SIZE }
  const q = state.search.trim()
  if (q) {
    params.q = q
  }
  const statuses = Array.isArray(state.filters.status) ? state.filters.status.filter(isDealStatus) : []
  if (statuses.length > 0) {
    params.status = statuses.length === 1 ? statuses[0] : statuses
  }
  const isFeatured = toBoolean(state.filters.is_featured)
  if (isFeatured !== undefined) {
    params.is_featured = isFeatured
  }
  const isDealOfDay = toBoolean(state.filters.is_deal_of_day)
  if (isDealOfDay !== undefined) {
    params.is_deal_of_day = isDealOfDay
  }
  const sortField = DEAL_SORT_FIELDS.find((field) => field === state.sort?.id)
  if (sortField) {
    params.order = state.sort?.desc ? `-${sortField}` : sortField
  }
  return params
}
