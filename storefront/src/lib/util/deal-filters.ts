import type { DealSort } from "@/types/deal"

export const DEAL_SORTS: DealSort[] = ["popularity", "newest", "ending_soon", "price_asc", "price_desc"]

/** Deals per listing page. */
export const PAGE_SIZE = 12

/** The listing's state, as carried by the URL so that every view can be linked and works without JS. */
export type DealFilters = {
  q?: string
  /** Category handle (readable URLs); mapped to an id before calling the backend. */
  category?: string
  minPrice?: number
  maxPrice?: number
  sort: DealSort
  page: number
}

export type SearchParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined

const nonNegative = (value: string | undefined) => {
  const number = value === undefined ? NaN : Number(value.replace(",", "."))
  return Number.isFinite(number) && number >= 0 ? number : undefined
}

/** Reads the listing filters, dropping values the backend would reject. */
export function parseDealFilters(params: SearchParams): DealFilters {
  const sort = first(params.sort) as DealSort | undefined
  const page = Number(first(params.page))
  return {
    q: first(params.q),
    category: first(params.category),
    minPrice: nonNegative(first(params.min_price)),
    maxPrice: nonNegative(first(params.max_price)),
    sort: sort && DEAL_SORTS.includes(sort) ? sort : "popularity",
    page: Number.isInteger(page) && page > 1 ? page : 1,
  }
}

/** The query string for `filters` (defaults omitted), e.g. to link to another page. */
export function dealFiltersQuery(filters: DealFilters): string {
  const query = new URLSearchParams()
  if (filters.q) query.set("q", filters.q)
  if (filters.category) query.set("category", filters.category)
  if (filters.minPrice !== undefined) query.set("min_price", String(filters.minPrice))
  if (filters.maxPrice !== undefined) query.set("max_price", String(filters.maxPrice))
  if (filters.sort !== "popularity") query.set("sort", filters.sort)
  if (filters.page > 1) query.set("page", String(filters.page))
  const search = query.toString()
  return search ? `?${search}` : ""
}
