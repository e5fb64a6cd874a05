/**
 * The HTTP contract of the deal routes: every response and body shape, defined once and
 * used by the routes, the admin extensions and the storefront (as `@medusajs/types` does
 * for Medusa's own routes). Dates travel as ISO strings; amounts are in major units
 * (49.9 = 49,90 €).
 */

/** One question/answer pair of a deal's FAQ. */
export type DealFaqEntry = { question: string; answer: string }

/** A price of a deal in one region: Medusa's original price, the price to pay, the saving. */
export type DealPrice = {
  currency_code: string
  original_amount: number
  calculated_amount: number
  /** Whole-number percentage off the original; 0 when the variant is not on sale. */
  discount_percent: number
  variant_id: string
}

export type DealLocation = {
  address: string
  city: string | null
  lat: number | null
  lng: number | null
}

/** Where a deal stands in time: not started yet, on offer, or over. */
export type DealStatus = "scheduled" | "live" | "ended"

// ---------------------------------------------------------------- Store API

/** A deal card in listings. */
export type StoreDealSummary = {
  id: string
  product_id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  is_featured: boolean
  is_deal_of_day: boolean
  starts_at: string | null
  ends_at: string | null
  bought_count: number
  location: DealLocation | null
  /** The "from" price (cheapest variant) in the requested region; null without region_id. */
  price: DealPrice | null
}

/** Everything a deal page needs, in one object. */
export type StoreDealDetail = StoreDealSummary & {
  description: string | null
  highlights: string[]
  included: string[]
  how_it_works: string | null
  conditions: string | null
  faq: DealFaqEntry[]
  min_quantity: number
  max_quantity: number | null
  images: { id: string; url: string }[]
  categories: { id: string; name: string; handle: string }[]
  variants: { id: string; title: string; price: DealPrice | null }[]
  /** Approved reviews' average (one decimal) and count: the page needs no other request above the fold. */
  rating: { average: number; count: number }
}

/** `relevance` needs `q` (and is the default with it); `popularity` is the default without. */
export type StoreDealSort = "relevance" | "popularity" | "newest" | "ending_soon" | "price_asc" | "price_desc"

/** Query of `GET /store/deals`. Price filters and price sorts need `region_id`. */
export type StoreDealListParams = {
  region_id?: string
  q?: string
  category_id?: string | string[]
  city?: string | string[]
  min_price?: number
  max_price?: number
  sort?: StoreDealSort
  is_featured?: boolean
  is_deal_of_day?: boolean
  /** Adds `facets` to the response. */
  facets?: boolean
  limit?: number
  offset?: number
}

/**
 * Counts for the filter sidebar, for the current query. Each facet ignores its own filter
 * (category counts ignore `category_id`, city counts `city`, the price range the price
 * bounds), so a shopper sees the alternatives to what is selected.
 */
export type StoreDealFacets = {
  categories: { id: string; name: string; handle: string; count: number }[]
  cities: { value: string; count: number }[]
  /** Cheapest and dearest deal price in the region; null without region_id or prices. */
  price: { currency_code: string; min: number; max: number } | null
}

export type StoreDealListResponse = {
  deals: StoreDealSummary[]
  count: number
  offset: number
  limit: number
  /**
   * With `q` only: true when no deal contains q's words (after accents and French or
   * English stems), so the results are close spellings instead ("hamam" for "hammam").
   */
  approximate?: boolean
  facets?: StoreDealFacets
}

export type StoreDealResponse = { deal: StoreDealDetail }

// ---------------------------------------------------------------- Admin API

/** The editable content of a deal: exactly the keys the Admin API accepts in a body. */
export type DealContent = {
  subtitle: string | null
  highlights: string[]
  included: string[]
  how_it_works: string | null
  conditions: string | null
  faq: DealFaqEntry[]
  location_address: string | null
  location_city: string | null
  location_lat: number | null
  location_lng: number | null
  starts_at: string | null
  ends_at: string | null
  is_featured: boolean
  is_deal_of_day: boolean
  min_quantity: number
  max_quantity: number | null
}

/** A deal's price in one region, as the listing index holds it. */
export type AdminDealPrice = {
  region_id: string
  currency_code: string
  original_amount: number
  calculated_amount: number
  discount_percent: number
}

/** A deal as returned by the Admin API (the default fields; `fields` may narrow it). */
export type AdminDeal = DealContent & {
  id: string
  product_id: string
  bought_count: number
  created_at: string
  updated_at: string
  /** Computed from starts_at / ends_at at the time of the request. */
  status: DealStatus
  product?: { id: string; title: string; handle: string; thumbnail: string | null; status?: string }
  /** The deal's price per region, from the listing index (list responses only). */
  prices?: AdminDealPrice[]
}

export type AdminDealListParams = {
  q?: string
  status?: DealStatus | DealStatus[]
  product_id?: string | string[]
  is_featured?: boolean
  is_deal_of_day?: boolean
  limit?: number
  offset?: number
  /** A sortable field, `-` first for descending: created_at, updated_at, starts_at, ends_at, bought_count. */
  order?: string
  fields?: string
}

export type AdminDealListResponse = { deals: AdminDeal[]; count: number; offset: number; limit: number }
export type AdminDealResponse = { deal: AdminDeal }
export type AdminDealDeleteResponse = { id: string; object: "deal"; deleted: boolean }

export type AdminCreateDealBody = Partial<DealContent> & { product_id: string }
export type AdminUpdateDealBody = Partial<DealContent>

/** Progress of a full rebuild of the deal listing index. */
export type AdminDealReindexStatus = {
  state: "idle" | "running" | "done" | "failed"
  processed: number
  total: number
  started_at: string | null
  finished_at: string | null
  error: string | null
}

export type AdminDealReindexResponse = { reindex: AdminDealReindexStatus }
