import type { ReviewStatus } from "./review-types"

/** Reviews per page of the Reviews table. */
export const REVIEWS_PAGE_SIZE = 20

/** The fields the Admin API sorts reviews by; the table's sortable column ids are these names. */
export const REVIEW_SORT_FIELDS = ["created_at", "rating", "moderated_at"] as const
type ReviewSortField = (typeof REVIEW_SORT_FIELDS)[number]

export const REVIEW_STATUSES: readonly ReviewStatus[] = ["pending", "approved", "rejected"]
export const REVIEW_RATINGS = [5, 4, 3, 2, 1] as const

/** The query of `GET /admin/reviews` (src/api/admin/reviews/validators.ts). */
export type AdminReviewListParams = {
  status?: ReviewStatus | ReviewStatus[]
  product_id?: string | string[]
  rating?: number | number[]
  order?: ReviewSortField | `-${ReviewSortField}`
  limit: number
  offset: number
}

/** The state of the Reviews table that the server applies: filters, product, sort and page. */
export type ReviewTableState = {
  /** Filter id → value as the DataTable holds it (string arrays for `status` and `rating`). */
  filters: Record<string, unknown>
  /** The product the page is narrowed to (`?product_id=` in the page's URL), if any. */
  productId: string | null
  sort: { id: string; desc: boolean } | null
  pageIndex: number
}

/** The table opens on the moderation queue: pending reviews only. */
export const DEFAULT_REVIEW_FILTERS: Record<string, string[]> = { status: ["pending"] }

const isReviewStatus = (value: unknown): value is ReviewStatus => REVIEW_STATUSES.some((status) => status === value)

const toRating = (value: unknown): number | null => {
  const rating = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN
  return Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null
}

const oneOrMany = <T>(values: T[]): T | T[] | undefined =>
  values.length === 0 ? undefined : values.length === 1 ? values[0] : values

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value])

/** The known statuses of a filter value, without repeats. */
export const reviewStatusesOf = (value: unknown): ReviewStatus[] => [...new Set(asList(value).filter(isReviewStatus))]

/** The valid ratings (1 to 5) of a filter value, without repeats. */
export const reviewRatingsOf = (value: unknown): number[] =>
  [...new Set(asList(value).map(toRating).filter((rating): rating is number => rating !== null))]

/** The query of `GET /admin/reviews` for a state of the Reviews table; unset parts are left out. */
export function toReviewListParams(state: ReviewTableState): AdminReviewListParams {
  const params: AdminReviewListParams = { limit: REVIEWS_PAGE_SIZE, offset: state.pageIndex * REVIEWS_PAGE_SIZE }
  const status = oneOrMany(reviewStatusesOf(state.filters.status))
  if (status !== undefined) {
    params.status = status
  }
  const rating = oneOrMany(reviewRatingsOf(state.filters.rating))
  if (rating !== undefined) {
    params.rating = rating
  }
  const productId = state.productId?.trim()
  if (productId) {
    params.product_id = productId
  }
  const sortField = REVIEW_SORT_FIELDS.find((field) => field === state.sort?.id)
  if (sortField) {
    params.order = state.sort?.desc ? `-${sortField}` : sortField
  }
  return params
}

/**
 * The table's first filters from the page's URL (`?status=approved&rating=1`, repeatable):
 * the pending queue when the URL names no status. The ratings are kept as strings, like the
 * values of the DataTable's multiselect filter.
 */
export function reviewFiltersFromSearch(search: URLSearchParams): Record<string, string[]> {
  const statuses = reviewStatusesOf(search.getAll("status"))
  const ratings = reviewRatingsOf(search.getAll("rating")).map(String)
  return {
    status: statuses.length > 0 ? statuses : DEFAULT_REVIEW_FILTERS.status,
    ...(ratings.length > 0 && { rating: ratings }),
  }
}

/** Whether the table shows the moderation queue as it opens: pending only, nothing else narrowed. */
export function isPendingQueue(state: Pick<ReviewTableState, "filters" | "productId">): boolean {
  const statuses = reviewStatusesOf(state.filters.status)
  return (
    statuses.length === 1 &&
    statuses[0] === "pending" &&
    reviewRatingsOf(state.filters.rating).length === 0 &&
    !state.productId
  )
}

/** The Reviews page narrowed to one product, as the product widget links to it. */
export const reviewsPageUrl = (productId: string) => `/reviews?${new URLSearchParams({ product_id: productId })}`

/** The ids of the selected rows of a DataTable selection state. */
export const selectedReviewIds = (selection: Record<string, boolean>): string[] =>
  Object.entries(selection)
    .filter(([, selected]) => selected)
    .map(([id]) => id)

/** The most reviews `POST /admin/reviews/moderate` takes at once. */
export const MODERATE_BATCH_SIZE = 100

/** Ids split into requests the moderate route accepts. */
export function moderationBatches(ids: string[], size = MODERATE_BATCH_SIZE): string[][] {
  const batches: string[][] = []
  for (let start = 0; start < ids.length; start += size) {
    batches.push(ids.slice(start, start + size))
  }
  return batches
}
