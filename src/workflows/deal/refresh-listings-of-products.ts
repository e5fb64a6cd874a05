import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshDealListingsWorkflow } from "./refresh-deal-listings"

const BATCH = 200

/** Projects the listing rows of these products again, a batch per workflow run. */
export async function refreshListingsOfProducts(container: MedusaContainer, productIds: string[]): Promise<void> {
  for (let start = 0; start < productIds.length; start += BATCH) {
    await refreshDealListingsWorkflow(container).run({ input: { product_ids: productIds.slice(start, start + BATCH) } })
  }
}
