import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildDealListingsStep } from "./steps/build-deal-listings"
import { saveDealListingsStep } from "./steps/save-deal-listings"

export type RefreshDealListingsWorkflowInput = { product_ids: string[] }

/**
 * Projects these products' deals into the storefront listing (product data, categories,
 * sales channels, prices per region), or removes them from it when they have no live
 * deal or no longer exist. Run by the subscribers on every change that affects a listing.
 */
export const refreshDealListingsWorkflow = createWorkflow(
  "refresh-deal-listings",
  (input: WorkflowData<RefreshDealListingsWorkflowInput>) => {
    const projection = buildDealListingsStep(input)
    const result = saveDealListingsStep(projection)
    return new WorkflowResponse(result)
  }
)
