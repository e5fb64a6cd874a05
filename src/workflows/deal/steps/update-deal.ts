import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEAL_MODULE } from "../../../modules/deal"
import { explainDealConflict } from "../../../modules/deal/errors"
import type DealModuleService from "../../../modules/deal/service"
import type { UpdateDealInput } from "../../../modules/deal/types"

export const updateDealStepId = "update-deal"

/** Updates the deal; compensation writes back the fields it changed. */
export const updateDealStep = createStep(
  updateDealStepId,
  async (input: UpdateDealInput, { container }) => {
    const dealService: DealModuleService = container.resolve(DEAL_MODULE)
    const changedFields = Object.keys(input).filter((key) => key !== "id")
    const previous = await dealService.retrieveDeal(input.id, { select: ["id", ...changedFields] })
    const deal = await dealService.updateDeals(input).catch((error) => {
      throw explainDealConflict(error)
    })
    return new StepResponse(deal, previous as UpdateDealInput)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const dealService: DealModuleService = container.resolve(DEAL_MODULE)
    await dealService.updateDeals(previous)
  }
)
