/** Shapes returned by Comptoir's `/store/deals` routes. Amounts are in major units (49.9 = 49,90 €). */

export type DealPrice = {
  currency_code: string
  original_amount: number
  calculated_amount: number
  /** 0 when the variant is not on sale. */
  discount_percent: number
  variant_id: string
}

export type DealLocation = {
  address: string
  city: string | null
  lat: number | null
  lng: number | null
}

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
  price: DealPrice | null
}

export type StoreDealDetail = StoreDealSummary & {
  description: string | null
  highlights: string[]
  included: string[]
  how_it_works: string | null
  conditions: string | null
  faq: { question: string; answer: string }[]
  min_quantity: number
  max_quantity: number | null
  images: { id: string; url: string }[]
  categories: { id: string; name: string; handle: string }[]
  variants: { id: string; title: string; price: DealPrice | null }[]
}

export type DealSort = "popularity" | "newest" | "ending_soon" | "price_asc" | "price_desc"

export type StoreDealListParams = {
  region_id: string
  q?: string
  category_id?: string
  min_price?: number
  max_price?: number
  sort?: DealSort
  is_featured?: boolean
  is_deal_of_day?: boolean
  limit?: number
  offset?: number
}

export type StoreDealListResponse = {
  deals: StoreDealSummary[]
  count: number
  offset: number
  limit: number
}

export type StoreDealResponse = { deal: StoreDealDetail }
