import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshListingsOfProducts } from "../../workflows/deal/refresh-listings-of-products"
import { reindexDealListings } from "../../workflows/deal/reindex-deal-listings"
import { FULL_REINDEX_EVENTS, LISTING_EVENTS, listingAffectedProducts } from "../../workflows/deal/utils/listing-affected-products"

/**
 * Keeps the storefront deal listing current: a change to a deal, its product, variants,
 * prices, price lists, categories or sales channels projects the affected deals again
 * within seconds; a region change re-indexes every deal.
 */
export default async function refreshDealListings({ event, container }: SubscriberArgs<{ id?: string | string[]; product_ids?: string[] }>) {
  if (FULL_REINDEX_EVENTS.has(event.name)) {
    await reindexDealListings(container)
    return
  }
  await refreshListingsOfProducts(container, await listingAffectedProducts(container, event.name, event.data))
}

export const config: SubscriberConfig = { event: [...LISTING_EVENTS], context: { subscriberId: "refresh-deal-listings" } }
