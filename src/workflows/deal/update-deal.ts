import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { DealEvents } from "../../modules/deal/events"
import type { UpdateDealInput } from "../../modules/deal/types"
import { clearDealOfDayStep } from "./steps/clear-deal-of-day"
import { updateDealStep } from "./steps/update-deal"
import { validateDealContentStep } from "./steps/validate-deal-content"

export type UpdateDealWorkflowInput = UpdateDealInput & {
  additional_data?: Record<string, unknown>
}

/** Updates a deal's content; 404 for an unknown deal, 400 when the result breaks a rule. */
export const updateDealWorkflow = createWorkflow(
  "update-deal",
  (input: WorkflowData<UpdateDealWorkflowInput>) => {
    const { data: current } = useQueryGraphStep({
      entity: "deal",
      fields: ["id", "starts_at", "ends_at", "min_quantity", "max_quantity"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true, isList: false },
    })
    const dealInput = transform({ input }, ({ input }) => {
      const { additional_data: _additionalData, ...deal } = input
      return deal
    })
    validateDealContentStep({ current, update: dealInput })
    when("take-deal-of-day-flag", dealInput, (deal) => !!deal.is_deal_of_day).then(() => {
      clearDealOfDayStep({ except_id: dealInput.id })
    })
    const deal = updateDealStep(dealInput)
    emitEventStep({ eventName: DealEvents.UPDATED, data: { id: dealInput.id } })
    const dealUpdated = createHook("dealUpdated", {
      deal,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(deal, { hooks: [dealUpdated] })
  }
)
