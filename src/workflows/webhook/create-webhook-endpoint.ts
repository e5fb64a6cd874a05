import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createWebhookEndpointStep, type CreateWebhookEndpointStepInput } from "./steps/create-webhook-endpoint"
import { validateWebhookUrlStep } from "./steps/validate-webhook-url"

export type CreateWebhookEndpointWorkflowInput = CreateWebhookEndpointStepInput

/** Registers a webhook receiver after checking its URL may be called; answers its id. */
export const createWebhookEndpointWorkflow = createWorkflow(
  "create-webhook-endpoint",
  (input: WorkflowData<CreateWebhookEndpointWorkflowInput>) => {
    validateWebhookUrlStep({ url: input.url })
    return new WorkflowResponse(createWebhookEndpointStep(input))
  }
)
