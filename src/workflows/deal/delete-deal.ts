import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { DealEvents } from "../../modules/deal/events"
import { deleteDealStep } from "./steps/delete-deal"

export type DeleteDealWorkflowInput = { id: string }

/** Removes a deal's content (the product stays); 404 for an unknown deal. */
export const deleteDealWorkflow = createWorkflow(
  "delete-deal",
  (input: WorkflowData<DeleteDealWorkflowInput>) => {
    useQueryGraphStep({
      entity: "deal",
      fields: ["id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const ids = transform({ input }, ({ input }) => [input.id])
    deleteDealStep(ids)
    emitEventStep({ eventName: DealEvents.DELETED, data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)
