import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEAL_MODULE } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"

export const clearDealOfDayStepId = "clear-deal-of-day"

/**
 * Takes the "deal of the day" flag off whichever other deal holds it, so a new one can
 * take it (a unique index allows one). Compensation gives the flag back.
 */
export const clearDealOfDayStep = createStep(
  clearDealOfDayStepId,
  async (input: { except_id?: string }, { container }) => {
    const dealService: DealModuleService = container.resolve(DEAL_MODULE)
    const holders = await dealService.listDeals({ is_deal_of_day: true }, { select: ["id"] })
    const toClear = holders.map((deal) => deal.id).filter((id) => id !== input.except_id)
    if (toClear.length) {
      await dealService.updateDeals(toClear.map((id) => ({ id, is_deal_of_day: false })))
    }
    return new StepResponse(toClear, toClear)
  },
  async (cleared, { container }) => {
    if (!cleared?.length) {
      return
    }
    const dealService: DealModuleService = container.resolve(DEAL_MODULE)
    await dealService.updateDeals(cleared.map((id) => ({ id, is_deal_of_day: true })))
  }
)
