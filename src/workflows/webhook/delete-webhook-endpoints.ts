import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteWebhookEndpointsStep } from "./steps/delete-webhook-endpoints"

export type DeleteWebhookEndpointsWorkflowInput = { ids: string[] }

/** Removes webhook endpoints (soft delete): nothing more is sent to them. */
export const deleteWebhookEndpointsWorkflow = createWorkflow(
  "delete-webhook-endpoints",
  (input: WorkflowData<DeleteWebhookEndpointsWorkflowInput>) => new WorkflowResponse(deleteWebhookEndpointsStep(input.ids))
)
