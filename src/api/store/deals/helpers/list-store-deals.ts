import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { StoreGetDealsParamsType } from "../validators"
import { cheapestDealPrice, DealPrice } from "./deal-price"
import { pricingContext, productsInSalesChannels } from "./store-context"
import {
  DEAL_SUMMARY_FIELDS,
  DealRecord,
  PRODUCT_CARD_FIELDS,
  ProductRecord,
  toStoreDealSummary,
  VARIANT_PRICE_FIELDS,
} from "./store-deal"

type Candidate = { deal: DealRecord; price: DealPrice | null }

/** Deals on offer now: started (or no start) and not ended (or no end). */
function activeDealFilters(now: Date, params: StoreGetDealsParamsType) {
  return {
    $and: [
      { $or: [{ starts_at: null }, { starts_at: { $lte: now } }] },
      { $or: [{ ends_at: null }, { ends_at: { $gt: now } }] },
    ],
    ...(params.is_featured !== undefined && { is_featured: params.is_featured }),
    ...(params.is_deal_of_day !== undefined && { is_deal_of_day: params.is_deal_of_day }),
  }
}

const time = (value: Date | string | null) => (value ? new Date(value).getTime() : Number.POSITIVE_INFINITY)

const comparators: Record<StoreGetDealsParamsType["sort"], (a: Candidate, b: Candidate) => number> = {
  popularity: (a, b) => b.deal.bought_count - a.deal.bought_count || time(b.deal.created_at) - time(a.deal.created_at),
  newest: (a, b) => time(b.deal.created_at) - time(a.deal.created_at),
  ending_soon: (a, b) => time(a.deal.ends_at) - time(b.deal.ends_at),
  price_asc: (a, b) => (a.price?.calculated_amount ?? Infinity) - (b.price?.calculated_amount ?? Infinity),
  price_desc: (a, b) => (b.price?.calculated_amount ?? -Infinity) - (a.price?.calculated_amount ?? -Infinity),
}

/**
 * The storefront's deal listing. Deal filters run in the deal module, product filters
 * (search, category, published, sales channel) in the product module; prices are only
 * computed for every candidate when the price is filtered or sorted on, otherwise just
 * for the page returned.
 */
export async function listStoreDeals(
  scope: MedusaContainer,
  params: StoreGetDealsParamsType,
  salesChannelIds: string[] | undefined
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const context = await pricingContext(scope, params.region_id)

  const { data: deals } = await query.graph({
    entity: "deal",
    fields: DEAL_SUMMARY_FIELDS,
    filters: activeDealFilters(new Date(), params),
  })
  if (!deals.length) {
    return { deals: [], count: 0 }
  }

  const byPrice = params.sort.startsWith("price") || params.min_price != null || params.max_price != null
  const { data: products } = await query.graph({
    entity: "product",
    fields: byPrice ? ["id", ...VARIANT_PRICE_FIELDS] : ["id"],
    filters: {
      id: deals.map((deal: DealRecord) => deal.product_id),
      status: "published",
      ...(params.q && { q: params.q }),
      ...(params.category_id && { categories: { id: params.category_id } }),
    },
    ...(byPrice && { context }),
  })
  const sold = await productsInSalesChannels(
    query,
    products.map((product: ProductRecord) => product.id),
    salesChannelIds
  )
  const priceByProduct = new Map<string, DealPrice | null>(
    products.map((product: ProductRecord) => [product.id, byPrice ? cheapestDealPrice(product.variants) : null])
  )

  const candidates: Candidate[] = deals
    .filter((deal: DealRecord) => priceByProduct.has(deal.product_id) && sold.has(deal.product_id))
    .map((deal: DealRecord) => ({ deal, price: priceByProduct.get(deal.product_id) ?? null }))
    .filter(({ price }: Candidate) => {
      const amount = price?.calculated_amount
      if (params.min_price != null && !(amount != null && amount >= params.min_price)) {
        return false
      }
      return !(params.max_price != null && !(amount != null && amount <= params.max_price))
    })
    .sort(comparators[params.sort])

  const page = candidates.slice(params.offset, params.offset + params.limit)
  if (!page.length) {
    return { deals: [], count: candidates.length }
  }
  // Prices computed above for the sort are reused; otherwise the page's are computed now.
  const pricePage = !!context && !byPrice
  const { data: cards } = await query.graph({
    entity: "product",
    fields: [...PRODUCT_CARD_FIELDS, ...(pricePage ? VARIANT_PRICE_FIELDS : [])],
    filters: { id: page.map(({ deal }) => deal.product_id) },
    ...(pricePage && { context }),
  })
  const cardById = new Map<string, ProductRecord>(cards.map((card: ProductRecord) => [card.id, card]))
  return {
    deals: page.flatMap(({ deal, price }) => {
      const card = cardById.get(deal.product_id)
      return card ? [toStoreDealSummary(deal, card, pricePage ? cheapestDealPrice(card.variants) : price)] : []
    }),
    count: candidates.length,
  }
}
