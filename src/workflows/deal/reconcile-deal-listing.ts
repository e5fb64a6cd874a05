import type { MedusaContainer } from "@medusajs/framework/types"
import { DEAL_MODULE } from "../../modules/deal"
import type DealModuleService from "../../modules/deal/service"
import { refreshListingsOfProducts } from "./refresh-listings-of-products"

export type ListingReconciliation = { realigned: number; listed: number; pruned: number }

/**
 * Repairs what events can miss (an event lost in a crash, an order racing a first
 * projection): realigns bought counters, projects live deals that have no listing row and
 * drops rows whose deal is gone. Cheap when nothing drifted; run hourly by a job.
 */
export async function reconcileDealListing(container: MedusaContainer): Promise<ListingReconciliation> {
  const dealService: DealModuleService = container.resolve(DEAL_MODULE)
  const { unlisted_product_ids, realigned } = await dealService.reconcileListing()
  await refreshListingsOfProducts(container, unlisted_product_ids)
  const pruned = await dealService.pruneListing()
  return { realigned, listed: unlisted_product_ids.length, pruned }
}
