import type { StoreDealSort } from "@comptoir/http/deal"

/** Every sort, in the order the sort select offers them. */
export const DEAL_SORTS: StoreDealSort[] = ["relevance", "popularity", "newest", "ending_soon", "price_asc", "price_desc"]

/** Deals per listing page. */
export const PAGE_SIZE = 12

/** Most values kept per multi-valued filter (the backend refuses more than 50). */
const MAX_VALUES = 20

/** The listing's state, as carried by the URL so that every view can be linked and works without JS. */
export type DealFilters = {
  q?: string
  /** Category handles (readable URLs); mapped to ids before calling the backend. */
  categoryHandles: string[]
  /** City names, exactly as the backend's city facet spells them. */
  cities: string[]
  minPrice?: number
  maxPrice?: number
  sort: StoreDealSort
  page: number
}

/** The region a listing is priced in. */
export type ListingRegion = { id: string; currencyCode: string }

export type SearchParams = Record<string, string | string[] | undefined>

/** Relevance ranks search results, so it is the default with a query and meaningless without. */
export const defaultDealSort = (q: string | undefined): StoreDealSort => (q ? "relevance" : "popularity")

/** The sorts that make sense for `q`. */
export const dealSortsFor = (q: string | undefined): StoreDealSort[] =>
  q ? DEAL_SORTS : DEAL_SORTS.filter((sort) => sort !== "relevance")

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined

const all = (value: string | string[] | undefined) => {
  const values = (Array.isArray(value) ? value : [value]).map((v) => v?.trim()).filter((v): v is string => !!v)
  return [...new Set(values)].slice(0, MAX_VALUES)
}

const nonNegative = (value: string | undefined) => {
  const number = value === undefined ? NaN : Number(value.replace(",", "."))
  return Number.isFinite(number) && number >= 0 ? number : undefined
}

/** Reads the listing filters, dropping values the backend would reject. */
export function parseDealFilters(params: SearchParams): DealFilters {
  const q = first(params.q)
  const sort = dealSortsFor(q).find((s) => s === first(params.sort))
  const page = Number(first(params.page))
  return {
    q,
    categoryHandles: all(params.category),
    cities: all(params.city),
    minPrice: nonNegative(first(params.min_price)),
    maxPrice: nonNegative(first(params.max_price)),
    sort: sort ?? defaultDealSort(q),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  }
}

/** The query string for `filters` (defaults omitted), e.g. to link to another page. */
export function dealFiltersQuery(filters: DealFilters): string {
  const query = new URLSearchParams()
  if (filters.q) query.set("q", filters.q)
  filters.categoryHandles.forEach((handle) => query.append("category", handle))
  filters.cities.forEach((city) => query.append("city", city))
  if (filters.minPrice !== undefined) query.set("min_price", String(filters.minPrice))
  if (filters.maxPrice !== undefined) query.set("max_price", String(filters.maxPrice))
  if (filters.sort !== defaultDealSort(filters.q) && dealSortsFor(filters.q).includes(filters.sort)) {
    query.set("sort", filters.sort)
  }
  if (filters.page > 1) query.set("page", String(filters.page))
  const search = query.toString()
  return search ? `?${search}` : ""
}

/** The listing's URL for `filters` in `countryCode`'s store. */
export const dealListingHref = (countryCode: string, filters: DealFilters): string =>
  `/${countryCode}/deals${dealFiltersQuery(filters)}`

/** `filters` after changing some of them: a new selection starts again from page 1. */
export const changeDealFilters = (filters: DealFilters, change: Partial<DealFilters>): DealFilters => ({
  ...filters,
  ...change,
  page: 1,
})

/** Adds `value` to a multi-valued filter, or removes it when already selected. */
export const toggleValue = (values: string[], value: string): string[] =>
  values.includes(value) ? values.filter((v) => v !== value) : [...values, value]

/** True when categories, cities or prices narrow the results (the search query aside). */
export const hasDealFilters = (filters: DealFilters): boolean =>
  filters.categoryHandles.length > 0 ||
  filters.cities.length > 0 ||
  filters.minPrice !== undefined ||
  filters.maxPrice !== undefined

/** `filters` without categories, cities and prices; the search and its sort are kept. */
export const clearDealFilters = (filters: DealFilters): DealFilters =>
  changeDealFilters(filters, { categoryHandles: [], cities: [], minPrice: undefined, maxPrice: undefined })
