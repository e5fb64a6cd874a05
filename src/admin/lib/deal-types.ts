/** One question/answer pair of a deal's FAQ. */
export type DealFaqEntry = { question: string; answer: string }

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

/** A deal as returned by the Admin API. */
export type Deal = DealContent & {
  id: string
  product_id: string
  bought_count: number
  created_at: string
  updated_at: string
}

export type AdminDealListResponse = { deals: Deal[]; count: number; offset: number; limit: number }
export type AdminDealResponse = { deal: Deal }
export type AdminDealDeleteResponse = { id: string; object: "deal"; deleted: boolean }

export type AdminCreateDealBody = Partial<DealContent> & { product_id: string }
export type AdminUpdateDealBody = Partial<DealContent>
