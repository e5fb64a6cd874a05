import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEAL_MODULE } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"

export const deleteDealStepId = "delete-deal"

/** Soft-deletes the deals; compensation restores them. */
export const deleteDealStep = createStep(
  deleteDealStepId,
  async (ids: string[], { container }) => {
    const dealService: DealModuleService = container.resolve(DEAL_MODULE)
    await dealService.softDeleteDeals(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const dealService: DealModuleService = container.resolve(DEAL_MODULE)
    await dealService.restoreDeals(ids)
  }
)
