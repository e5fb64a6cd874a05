import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEAL_MODULE } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"

export const adjustBoughtCountsStepId = "adjust-bought-counts"

export type ProductQuantity = { product_id: string; quantity: number }

/** Adds sold units to the deals' counters; compensation subtracts what was added. */
export const adjustBoughtCountsStep = createStep(
  adjustBoughtCountsStepId,
  async (quantities: ProductQuantity[], { container }) => {
    const dealService: DealModuleService = container.resolve(DEAL_MODULE)
    const applied = await dealService.adjustBoughtCounts(quantities)
    return new StepResponse(applied, applied)
  },
  async (applied, { container }) => {
    if (!applied?.length) {
      return
    }
    const dealService: DealModuleService = container.resolve(DEAL_MODULE)
    await dealService.adjustBoughtCounts(
      applied.map(({ product_id, quantity }) => ({ product_id, quantity: -quantity }))
    )
  }
)
