import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WebhookEvents } from "../../modules/webhook/events"
import { enqueueWebhookMessageStep } from "./steps/enqueue-webhook-message"
import { validateWebhookEndpointActiveStep } from "./steps/validate-webhook-endpoint-active"

export type SendTestWebhookWorkflowInput = { id: string }

export const TEST_WEBHOOK_MESSAGE = "Test webhook from Comptoir"

/** Queues a `webhook.test` message to one active endpoint; answers the message and its delivery ids. */
export const sendTestWebhookWorkflow = createWorkflow("send-test-webhook", (input: WorkflowData<SendTestWebhookWorkflowInput>) => {
  validateWebhookEndpointActiveStep({ id: input.id })
  const message = transform({ input }, ({ input }) => ({
    event_type: WebhookEvents.TEST,
    data: { webhook_id: input.id, message: TEST_WEBHOOK_MESSAGE },
    occurred_at: new Date(Date.now()).toISOString(),
    endpoint_ids: [input.id],
  }))
  return new WorkflowResponse(enqueueWebhookMessageStep(message))
})
