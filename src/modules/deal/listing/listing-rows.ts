/** A row of a listing page query, as PostgreSQL returns it (numeric columns as strings). */
export type ListingPageRow = {
  id: string
  product_id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  location_address: string | null
  location_city: string | null
  location_lat: number | null
  location_lng: number | null
  starts_at: Date | null
  ends_at: Date | null
  is_featured: boolean
  is_deal_of_day: boolean
  bought_count: number
  currency_code?: string | null
  amount?: string | null
  original_amount?: string | null
  variant_id?: string | null
  listing_version: string | null
}

/** A deal card read from the listing, with its price in the requested region if any. */
export type ListingCard = Omit<ListingPageRow, "amount" | "original_amount" | "currency_code" | "variant_id" | "listing_version"> & {
  price: { currency_code: string; amount: number; original_amount: number; variant_id: string } | null
}

/** Parses a page row. */
export function toListingCard(row: ListingPageRow): ListingCard {
  const { amount, original_amount, currency_code, variant_id, listing_version: _version, ...card } = row
  return {
    ...card,
    bought_count: Number(card.bought_count),
    price:
      amount != null && currency_code && variant_id
        ? { currency_code, amount: Number(amount), original_amount: Number(original_amount ?? amount), variant_id }
        : null,
  }
}

/** The summary row of a listing query (see `listingSummarySql`). */
export type ListingSummaryRow = {
  count: number
  listing_version: string | null
  next_boundary: Date | null
  categories?: { id: string; count: number }[]
  cities?: { value: string; count: number }[]
  prices?: { currency_code: string; min: number; max: number }[]
}

export type ListingSummary = {
  count: number
  /** Null before the listing's first write: nothing to cache against. */
  version: number | null
  next_boundary: Date | null
  facets: {
    categories: { id: string; count: number }[]
    cities: { value: string; count: number }[]
    price: { currency_code: string; min: number; max: number } | null
  } | null
}

/** Parses a summary row; facets are null when they were not asked for. */
export function toListingSummary(row: ListingSummaryRow, withFacets: boolean): ListingSummary {
  const price = row.prices?.[0]
  return {
    count: Number(row.count),
    version: row.listing_version == null ? null : Number(row.listing_version),
    next_boundary: row.next_boundary ? new Date(row.next_boundary) : null,
    facets: withFacets
      ? {
          categories: (row.categories ?? []).map(({ id, count }) => ({ id, count: Number(count) })),
          cities: (row.cities ?? []).map(({ value, count }) => ({ value, count: Number(count) })),
          price: price ? { currency_code: price.currency_code, min: Number(price.min), max: Number(price.max) } : null,
        }
      : null,
  }
}
