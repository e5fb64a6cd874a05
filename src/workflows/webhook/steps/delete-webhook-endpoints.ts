import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WEBHOOK_MODULE } from "../../../modules/webhook"
import type WebhookModuleService from "../../../modules/webhook/service"

export const deleteWebhookEndpointsStepId = "delete-webhook-endpoints"

/** Soft-deletes the endpoints (their pending deliveries then fail as "deleted"); compensation restores them. */
export const deleteWebhookEndpointsStep = createStep(
  deleteWebhookEndpointsStepId,
  async (ids: string[], { container }) => {
    const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
    await webhooks.softDeleteWebhookEndpoints(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
    await webhooks.restoreWebhookEndpoints(ids)
  }
)
