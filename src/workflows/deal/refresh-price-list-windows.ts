import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEAL_MODULE } from "../../modules/deal"
import type DealModuleService from "../../modules/deal/service"
import { refreshListingsOfProducts } from "./refresh-listings-of-products"
import { listingAffectedProducts } from "./utils/listing-affected-products"

export type PriceWindowsRefresh = {
  since: Date | null
  until: Date
  price_list_ids: string[]
  /** Deals that started or ended in the window. */
  deal_ids: string[]
  product_ids: string[]
}

/**
 * Applies to the listing the price lists and the deals that started or ended since the last
 * run: nothing emits an event when a sale's or a deal's `starts_at` or `ends_at` passes, yet
 * the deal's price or presence changes (and, through `deal.listing.refreshed`, its cached
 * storefront page).
 * `now` is the clock (a parameter, so tests can move it). The first run looks at every
 * price list that ever started or ended. The watermark moves only once the listing is written,
 * so a failed run is retried whole by the next.
 */
export async function refreshPriceListWindows(container: MedusaContainer, now = new Date()): Promise<PriceWindowsRefresh> {
  const dealService: DealModuleService = container.resolve(DEAL_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const since = await dealService.priceWindowsCheckedAt()
  const passed = (field: "starts_at" | "ends_at") => ({ [field]: since ? { $gt: since, $lte: now } : { $lte: now } })
  const { data: priceLists } = await query.graph({
    entity: "price_list",
    fields: ["id"],
    filters: { $or: [passed("starts_at"), passed("ends_at")] },
  })
  const { data: deals } = await query.graph({
    entity: "deal",
    fields: ["id", "product_id"],
    filters: { $or: [passed("starts_at"), passed("ends_at")] },
  })
  const priceListIds = priceLists.map((priceList: { id: string }) => priceList.id)
  const productIds = [
    ...new Set([
      ...(priceListIds.length ? await listingAffectedProducts(container, "pricing.price-list.updated", { id: priceListIds }) : []),
      ...deals.map((deal: { product_id: string }) => deal.product_id),
    ]),
  ]
  await refreshListingsOfProducts(container, productIds)
  await dealService.markPriceWindowsChecked(now)
  return { since, until: now, price_list_ids: priceListIds, deal_ids: deals.map((deal: { id: string }) => deal.id), product_ids: productIds }
}
