import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WEBHOOK_MODULE } from "../../../modules/webhook"
import type WebhookModuleService from "../../../modules/webhook/service"

export const enableWebhookEndpointStepId = "enable-webhook-endpoint"

/** Makes the endpoint active again with a clean failure record; compensation restores its status fields. */
export const enableWebhookEndpointStep = createStep(
  enableWebhookEndpointStepId,
  async (input: { id: string }, { container }) => {
    const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
    const previous = await webhooks.retrieveWebhookEndpoint(input.id, { select: ["id", "status", "disabled_reason", "disabled_at", "failing_since"] })
    await webhooks.updateWebhookEndpoints({ id: input.id, status: "active", disabled_reason: null, disabled_at: null, failing_since: null })
    return new StepResponse(
      { id: input.id },
      { id: previous.id, status: previous.status, disabled_reason: previous.disabled_reason, disabled_at: previous.disabled_at, failing_since: previous.failing_since }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
    await webhooks.updateWebhookEndpoints(previous)
  }
)
