import "server-only"
import { cache } from "react"
import type { StoreDealFacets, StoreDealSummary } from "@comptoir/http/deal"
import { PAGE_SIZE, dealFiltersQuery, type DealFilters } from "@/lib/util/deal-filters"
import { isClientError } from "@/lib/util/errors"
import { listCategories, type CategoryLink } from "./categories"
import { listDeals } from "./deals"

/** One listing page: its deals, the sidebar's facets and every category (to name selected handles). */
export type DealListing = {
  deals: StoreDealSummary[]
  count: number
  /** True when no deal has the searched words and these are close spellings. */
  approximate: boolean
  /** Null when the backend was not asked (unknown categories) or refused the query. */
  facets: StoreDealFacets | null
  /** The backend's message when it refused the query (4xx), shown instead of the results. */
  error: string | null
  categories: CategoryLink[]
}

/** Requests already started during this render, by region and query string. */
const listingsOfThisRequest = cache(() => new Map<string, Promise<DealListing>>())

/**
 * The listing for `filters`, fetched once per request: the sidebar and the results render in
 * separate Suspense boundaries but share this answer. Not a server action (no "use server"):
 * it is a per-request memo over `listDeals`, not an endpoint.
 */
export function getDealListing(regionId: string, filters: DealFilters): Promise<DealListing> {
  const key = `${regionId}${dealFiltersQuery(filters)}`
  const listings = listingsOfThisRequest()
  let listing = listings.get(key)
  if (!listing) {
    listing = fetchDealListing(regionId, filters)
    listings.set(key, listing)
  }
  return listing
}

async function fetchDealListing(regionId: string, filters: DealFilters): Promise<DealListing> {
  const categories = await listCategories()
  const categoryIds = categories
    .filter((category) => filters.categoryHandles.includes(category.handle))
    .map((category) => category.id)
  const empty = { deals: [], count: 0, approximate: false, facets: null, error: null, categories }
  // Only unknown handles selected: they match nothing, and an empty category_id would match all.
  if (filters.categoryHandles.length && !categoryIds.length) return empty

  try {
    const { deals, count, approximate, facets } = await listDeals({
      region_id: regionId,
      q: filters.q,
      category_id: categoryIds.length ? categoryIds : undefined,
      city: filters.cities.length ? filters.cities : undefined,
      min_price: filters.minPrice,
      max_price: filters.maxPrice,
      sort: filters.sort,
      facets: true,
      limit: PAGE_SIZE,
      offset: (filters.page - 1) * PAGE_SIZE,
    })
    return { deals, count, approximate: approximate ?? false, facets: facets ?? null, error: null, categories }
  } catch (error) {
    if (!isClientError(error)) throw error
    return { ...empty, error: error.message }
  }
}
