import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEAL_MODULE } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"
import type { DealListingsProjection } from "./build-deal-listings"

export const saveDealListingsStepId = "save-deal-listings"

/**
 * Writes the projected listing rows in one transaction. No compensation: the listing is
 * a projection of the deal, product and pricing data, this is its workflow's last step,
 * and running the workflow again for the same products repairs any row.
 */
export const saveDealListingsStep = createStep(saveDealListingsStepId, async (projection: DealListingsProjection, { container }) => {
  const dealService: DealModuleService = container.resolve(DEAL_MODULE)
  await dealService.saveProductListings(projection.products, projection.removed_product_ids)
  await dealService.refreshListingStatistics()
  return new StepResponse({ listed: projection.products.length, removed: projection.removed_product_ids.length })
})
