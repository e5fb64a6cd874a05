import { cheapestDealPrice, discountPercent, DealPrice, PricedVariant, toDealPrice } from "../../../../modules/deal/deal-price"
import type { ListingCard } from "../../../../modules/deal/listing/listing-rows"
import type { StoreDealDetail, StoreDealSummary } from "../../../../types/http/deal"

/** Deal fields every store response reads. */
export const DEAL_SUMMARY_FIELDS = [
  "id",
  "product_id",
  "subtitle",
  "is_featured",
  "is_deal_of_day",
  "starts_at",
  "ends_at",
  "bought_count",
  "created_at",
  "location_address",
  "location_city",
  "location_lat",
  "location_lng",
]

export const DEAL_DETAIL_FIELDS = [
  ...DEAL_SUMMARY_FIELDS,
  "highlights",
  "included",
  "how_it_works",
  "conditions",
  "faq",
  "min_quantity",
  "max_quantity",
]

export const PRODUCT_CARD_FIELDS = ["id", "handle", "title", "thumbnail"]

export const PRODUCT_DETAIL_FIELDS = [
  ...PRODUCT_CARD_FIELDS,
  "description",
  "images.id",
  "images.url",
  "images.rank",
  "categories.id",
  "categories.name",
  "categories.handle",
  "variants.id",
  "variants.title",
]

export const VARIANT_PRICE_FIELDS = [
  "variants.id",
  "variants.calculated_price.calculated_amount",
  "variants.calculated_price.original_amount",
  "variants.calculated_price.currency_code",
]

export type DealRecord = {
  id: string
  product_id: string
  subtitle: string | null
  is_featured: boolean
  is_deal_of_day: boolean
  starts_at: Date | string | null
  ends_at: Date | string | null
  bought_count: number
  created_at: Date | string
  location_address: string | null
  location_city: string | null
  location_lat: number | null
  location_lng: number | null
  highlights?: string[]
  included?: string[]
  how_it_works?: string | null
  conditions?: string | null
  faq?: { question: string; answer: string }[]
  min_quantity?: number
  max_quantity?: number | null
}

export type ProductRecord = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  description?: string | null
  images?: { id: string; url: string; rank?: number }[]
  categories?: { id: string; name: string; handle: string }[]
  variants?: (PricedVariant & { title?: string })[]
}

const isoDate = (value: Date | string | null) => (value == null ? null : new Date(value).toISOString())

const toLocation = (deal: Pick<DealRecord, "location_address" | "location_city" | "location_lat" | "location_lng">) =>
  deal.location_address
    ? { address: deal.location_address, city: deal.location_city, lat: deal.location_lat, lng: deal.location_lng }
    : null

/** A listing card read from the listing index, in the contract's shape. */
export function cardToStoreDealSummary(card: ListingCard): StoreDealSummary {
  return {
    id: card.id,
    product_id: card.product_id,
    handle: card.handle,
    title: card.title,
    subtitle: card.subtitle,
    thumbnail: card.thumbnail,
    is_featured: card.is_featured,
    is_deal_of_day: card.is_deal_of_day,
    starts_at: isoDate(card.starts_at),
    ends_at: isoDate(card.ends_at),
    bought_count: card.bought_count,
    location: toLocation(card),
    price: card.price && {
      currency_code: card.price.currency_code,
      original_amount: Math.max(card.price.original_amount, card.price.amount),
      calculated_amount: card.price.amount,
      discount_percent: discountPercent(card.price.original_amount, card.price.amount),
      variant_id: card.price.variant_id,
    },
  }
}

/** The card of a deal from its deal and product records. */
export function toStoreDealSummary(deal: DealRecord, product: ProductRecord, price: DealPrice | null): StoreDealSummary {
  return {
    id: deal.id,
    product_id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: deal.subtitle,
    thumbnail: product.thumbnail,
    is_featured: deal.is_featured,
    is_deal_of_day: deal.is_deal_of_day,
    starts_at: isoDate(deal.starts_at),
    ends_at: isoDate(deal.ends_at),
    bought_count: deal.bought_count,
    location: toLocation(deal),
    price,
  }
}

/** Everything a deal page needs, in one object. */
export function toStoreDealDetail(deal: DealRecord, product: ProductRecord, rating: StoreDealDetail["rating"]): StoreDealDetail {
  const images = [...(product.images ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
  return {
    ...toStoreDealSummary(deal, product, cheapestDealPrice(product.variants)),
    rating,
    description: product.description ?? null,
    highlights: deal.highlights ?? [],
    included: deal.included ?? [],
    how_it_works: deal.how_it_works ?? null,
    conditions: deal.conditions ?? null,
    faq: deal.faq ?? [],
    min_quantity: deal.min_quantity ?? 1,
    max_quantity: deal.max_quantity ?? null,
    images: images.map(({ id, url }) => ({ id, url })),
    categories: product.categories ?? [],
    variants: (product.variants ?? []).map((variant) => ({
      id: variant.id,
      title: variant.title ?? "",
      price: toDealPrice(variant),
    })),
  }
}
