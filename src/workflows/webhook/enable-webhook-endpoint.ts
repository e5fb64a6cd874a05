import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enableWebhookEndpointStep } from "./steps/enable-webhook-endpoint"

export type EnableWebhookEndpointWorkflowInput = { id: string }

/** Sends to an endpoint again after it was disabled (410, or days of failures). */
export const enableWebhookEndpointWorkflow = createWorkflow(
  "enable-webhook-endpoint",
  (input: WorkflowData<EnableWebhookEndpointWorkflowInput>) => new WorkflowResponse(enableWebhookEndpointStep(input))
)
