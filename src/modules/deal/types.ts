import type { DealFaqEntry } from "./models/deal"

/** The editable content of a deal, as the admin API and the workflows take it. */
export type DealContentInput = {
  subtitle?: string | null
  highlights?: string[]
  included?: string[]
  how_it_works?: string | null
  conditions?: string | null
  faq?: DealFaqEntry[]
  location_address?: string | null
  location_city?: string | null
  location_lat?: number | null
  location_lng?: number | null
  starts_at?: Date | null
  ends_at?: Date | null
  is_featured?: boolean
  is_deal_of_day?: boolean
  min_quantity?: number
  max_quantity?: number | null
}

export type CreateDealInput = DealContentInput & { product_id: string }

export type UpdateDealInput = DealContentInput & { id: string }

export type { DealFaqEntry }
