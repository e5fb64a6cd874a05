import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEAL_MODULE } from "../../modules/deal"
import type DealModuleService from "../../modules/deal/service"
import { refreshListingsOfProducts } from "./refresh-listings-of-products"
import { listingAffectedProducts } from "./utils/listing-affected-products"

export type PriceWindowsRefresh = { since: Date | null; until: Date; price_list_ids: string[]; product_ids: string[] }

/**
 * Applies to the listing the price lists that started or ended since the last run: Medusa
 * emits no event when a sale's `starts_at` or `ends_at` passes, yet the deal price changes.
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
  const priceListIds = priceLists.map((priceList: { id: string }) => priceList.id)
  const productIds = priceListIds.length
    ? await listingAffectedProducts(container, "pricing.price-list.updated", { id: priceListIds })
    : []
  await refreshListingsOfProducts(container, productIds)
  await dealService.markPriceWindowsChecked(now)
  return { since, until: now, price_list_ids: priceListIds, product_ids: productIds }
}
