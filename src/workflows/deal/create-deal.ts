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
import type { CreateDealInput } from "../../modules/deal/types"
import { clearDealOfDayStep } from "./steps/clear-deal-of-day"
import { createDealStep } from "./steps/create-deal"
import { validateDealContentStep } from "./steps/validate-deal-content"

export type CreateDealWorkflowInput = CreateDealInput & {
  additional_data?: Record<string, unknown>
}

/**
 * Dresses a product up as a deal. Fails with 404 for an unknown product and 422 when the
 * product already has a deal (unique index). A new deal of the day takes the flag over.
 */
export const createDealWorkflow = createWorkflow(
  "create-deal",
  (input: WorkflowData<CreateDealWorkflowInput>) => {
    useQueryGraphStep({
      entity: "product",
      fields: ["id"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    })
    const dealInput = transform({ input }, ({ input }) => {
      const { additional_data: _additionalData, ...deal } = input
      return deal
    })
    validateDealContentStep({ update: dealInput })
    when("clear-previous-deal-of-day", dealInput, (deal) => !!deal.is_deal_of_day).then(() => {
      clearDealOfDayStep({})
    })
    const deal = createDealStep(dealInput)
    const eventData = transform({ deal }, ({ deal }) => ({ id: deal.id }))
    emitEventStep({ eventName: DealEvents.CREATED, data: eventData })
    const dealCreated = createHook("dealCreated", {
      deal,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(deal, { hooks: [dealCreated] })
  }
)
