import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DealEvents } from "../../modules/deal/events"
import { buildDealListingsStep } from "./steps/build-deal-listings"
import { saveDealListingsStep } from "./steps/save-deal-listings"

export type RefreshDealListingsWorkflowInput = { product_ids: string[] }

/**
 * Projects these products' deals into the storefront listing (product data, categories,
 * sales channels, prices per region), or removes them from it when they have no live
 * deal or no longer exist. Run by the subscribers on every change that affects a listing.
 * Emits `deal.listing.refreshed`, released only once the workflow succeeded, so its
 * subscribers (storefront revalidation) read the saved rows.
 */
export const refreshDealListingsWorkflow = createWorkflow(
  "refresh-deal-listings",
  (input: WorkflowData<RefreshDealListingsWorkflowInput>) => {
    const projection = buildDealListingsStep(input)
    const result = saveDealListingsStep(projection)
    emitEventStep({
      eventName: DealEvents.LISTING_REFRESHED,
      data: transform({ input }, ({ input }) => ({ product_ids: input.product_ids })),
    })
    return new WorkflowResponse(result)
  }
)
