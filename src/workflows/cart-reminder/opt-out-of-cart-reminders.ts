import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { optOutOfCartRemindersStep } from "./steps/opt-out-of-cart-reminders"

/** No more cart reminders to this address (any case); answers the address as stored. */
export const optOutOfCartRemindersWorkflow = createWorkflow("opt-out-of-cart-reminders", (input: WorkflowData<{ email: string }>) => {
  return new WorkflowResponse(optOutOfCartRemindersStep(input.email))
})
