import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { DEAL_MODULE } from "../../../../modules/deal"
import type { ListingSummary } from "../../../../modules/deal/listing/listing-rows"
import type { StoreListingQuery } from "../../../../modules/deal/listing/store-listing-query"
import type DealModuleService from "../../../../modules/deal/service"
import type { StoreDealFacets, StoreDealListResponse } from "../../../../types/http/deal"
import type { StoreGetDealsParamsType } from "../validators"
import { cachedListingSummary } from "./listing-summary-cache"
import { assertRegionExists } from "./store-context"
import { cardToStoreDealSummary } from "./store-deal"

const asList = (value: string | string[] | undefined) => (value === undefined ? undefined : ([] as string[]).concat(value))

/** The listing query of a request: validated params, the key's sales channels, the clock. */
function toListingQuery(params: StoreGetDealsParamsType, salesChannelIds: string[] | undefined, now: Date): StoreListingQuery {
  return {
    now,
    region_id: params.region_id,
    sales_channel_ids: salesChannelIds,
    q: params.q,
    category_ids: asList(params.category_id),
    cities: asList(params.city),
    min_price: params.min_price,
    max_price: params.max_price,
    is_featured: params.is_featured,
    is_deal_of_day: params.is_deal_of_day,
    sort: params.sort ?? (params.q ? "relevance" : "popularity"),
    limit: params.limit,
    offset: params.offset,
  }
}

/** Facet category ids with their names and handles (only categories the store can show). */
async function toStoreFacets(scope: MedusaContainer, facets: NonNullable<ListingSummary["facets"]>): Promise<StoreDealFacets> {
  const ids = facets.categories.map(({ id }) => id)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: categories } = ids.length
    ? await query.graph({ entity: "product_category", fields: ["id", "name", "handle"], filters: { id: ids, is_active: true, is_internal: false } })
    : { data: [] }
  const byId = new Map<string, { name: string; handle: string }>(categories.map((category: { id: string; name: string; handle: string }) => [category.id, category]))
  return {
    categories: facets.categories.flatMap(({ id, count }) => {
      const category = byId.get(id)
      return category ? [{ id, name: category.name, handle: category.handle, count }] : []
    }),
    cities: facets.cities,
    price: facets.price,
  }
}

/**
 * The storefront's deal listing, read from the listing index (`deal_listing`): one index
 * scan for the page, plus a total (and facets) cached per listing version.
 */
export async function listStoreDeals(
  scope: MedusaContainer,
  params: StoreGetDealsParamsType,
  salesChannelIds: string[] | undefined
): Promise<StoreDealListResponse> {
  const dealService: DealModuleService = scope.resolve(DEAL_MODULE)
  if (params.region_id) {
    await assertRegionExists(scope, params.region_id)
  }
  const now = new Date()
  const query = toListingQuery(params, salesChannelIds, now)
  const page = await dealService.listStoreDealCards(query)
  let cards = page.cards
  const { now: _now, sort: _sort, limit: _limit, offset: _offset, ...filters } = query
  const key = JSON.stringify({ ...filters, facets: !!params.facets })
  const summary = await cachedListingSummary(key, page.version, now, async () => {
    let approximate = false
    let computed = await dealService.summarizeStoreDeals(query, !!params.facets)
    // No deal has q's words: look for close spellings (typos), a costlier match.
    if (query.q && computed.count === 0) {
      approximate = true
      computed = await dealService.summarizeStoreDeals({ ...query, fuzzy: true }, !!params.facets)
    }
    return { ...computed, approximate, facets: computed.facets ? await toStoreFacets(scope, computed.facets) : undefined }
  })
  if (summary.approximate) {
    ;({ cards } = await dealService.listStoreDealCards({ ...query, fuzzy: true }))
  }
  return {
    deals: cards.map(cardToStoreDealSummary),
    count: summary.count,
    offset: params.offset,
    limit: params.limit,
    ...(query.q && { approximate: summary.approximate }),
    ...(summary.facets && { facets: summary.facets }),
  }
}
