import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { storeInvoicePdfStep, type StoreInvoicePdfStepInput } from "./steps/store-invoice-pdf"

export type StoreInvoicePdfWorkflowInput = StoreInvoicePdfStepInput

/** The stored PDF of an invoice or credit note, rendered and stored privately on first use. */
export const storeInvoicePdfWorkflow = createWorkflow("store-invoice-pdf", (input: WorkflowData<StoreInvoicePdfWorkflowInput>) => {
  return new WorkflowResponse(storeInvoicePdfStep(input))
})
