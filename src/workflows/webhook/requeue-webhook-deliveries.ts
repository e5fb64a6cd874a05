import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { requeueWebhookDeliveriesStep } from "./steps/requeue-webhook-deliveries"
import { validateWebhookEndpointActiveStep } from "./steps/validate-webhook-endpoint-active"

export type RequeueWebhookDeliveriesWorkflowInput = {
  /** The endpoint the deliveries go to: it must be active. */
  endpoint_id: string
  /** These deliveries (a retry); else the endpoint's failed ones since `since` (a replay). */
  ids?: string[]
  /** ISO time, for a replay. */
  since?: string
}

/** Sends deliveries again (a retry of some, or a replay of an endpoint's failures); answers the ids requeued. */
export const requeueWebhookDeliveriesWorkflow = createWorkflow(
  "requeue-webhook-deliveries",
  (input: WorkflowData<RequeueWebhookDeliveriesWorkflowInput>) => {
    validateWebhookEndpointActiveStep({ id: input.endpoint_id })
    const target = transform({ input }, ({ input }) =>
      input.ids ? { ids: input.ids } : { endpoint_id: input.endpoint_id, since: input.since ?? new Date(0).toISOString() }
    )
    return new WorkflowResponse(requeueWebhookDeliveriesStep(target))
  }
)
