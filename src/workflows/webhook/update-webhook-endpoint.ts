import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateWebhookEndpointStep, type UpdateWebhookEndpointStepInput } from "./steps/update-webhook-endpoint"
import { validateWebhookUrlStep } from "./steps/validate-webhook-url"

export type UpdateWebhookEndpointWorkflowInput = UpdateWebhookEndpointStepInput

/** Updates an endpoint's settings; a new URL is checked first. 404 for an unknown endpoint. */
export const updateWebhookEndpointWorkflow = createWorkflow(
  "update-webhook-endpoint",
  (input: WorkflowData<UpdateWebhookEndpointWorkflowInput>) => {
    const { data: current } = useQueryGraphStep({
      entity: "webhook_endpoint",
      fields: ["id", "url"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true, isList: false },
    })
    const newUrl = transform({ input, current }, ({ input, current }) =>
      input.url !== undefined && input.url !== (current as { url?: string } | undefined)?.url ? input.url : null
    )
    when("validate-changed-webhook-url", { newUrl }, ({ newUrl }) => newUrl !== null).then(() => {
      validateWebhookUrlStep(transform({ newUrl }, ({ newUrl }) => ({ url: newUrl as string })))
    })
    return new WorkflowResponse(updateWebhookEndpointStep(input))
  }
)
