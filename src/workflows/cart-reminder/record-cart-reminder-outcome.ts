import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CartReminderOutcome, recordCartReminderOutcomeStep } from "./steps/record-cart-reminder-outcome"

/** A reminded cart's link was opened, or it became an order: counted for the admin (once each). */
export const recordCartReminderOutcomeWorkflow = createWorkflow(
  "record-cart-reminder-outcome",
  (input: WorkflowData<CartReminderOutcome>) => new WorkflowResponse(recordCartReminderOutcomeStep(input))
)
