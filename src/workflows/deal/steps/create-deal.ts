import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEAL_MODULE } from "../../../modules/deal"
import { explainDealConflict } from "../../../modules/deal/errors"
import type DealModuleService from "../../../modules/deal/service"
import type { CreateDealInput } from "../../../modules/deal/types"

export const createDealStepId = "create-deal"

/** Creates the deal; compensation deletes it. */
export const createDealStep = createStep(
  createDealStepId,
  async (input: CreateDealInput, { container }) => {
    const dealService: DealModuleService = container.resolve(DEAL_MODULE)
    const deal = await dealService.createDeals(input).catch((error) => {
      throw explainDealConflict(error, input.product_id)
    })
    return new StepResponse(deal, deal.id)
  },
  async (dealId, { container }) => {
    if (!dealId) {
      return
    }
    const dealService: DealModuleService = container.resolve(DEAL_MODULE)
    await dealService.deleteDeals(dealId)
  }
)
