import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildWebhookDataStep } from "./steps/build-webhook-data"
import { enqueueWebhookMessageStep } from "./steps/enqueue-webhook-message"

export type EnqueueWebhookEventInput = { event_type: string; event_data: Record<string, unknown>; occurred_at: string }

/** Turns one Medusa or Comptoir event into a webhook message for every subscribed endpoint (the outbox). */
export const enqueueWebhookEventWorkflow = createWorkflow("enqueue-webhook-event", (input: WorkflowData<EnqueueWebhookEventInput>) => {
  const data = buildWebhookDataStep({ event_type: input.event_type, event_data: input.event_data })
  const message = transform({ input, data }, ({ input, data }) => ({ event_type: input.event_type, data, occurred_at: input.occurred_at }))
  return new WorkflowResponse(enqueueWebhookMessageStep(message))
})
