import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WEBHOOK_MODULE } from "../../../modules/webhook"
import type WebhookModuleService from "../../../modules/webhook/service"
import type { WebhookPayloadTemplate } from "../../../types/http/webhook"

export const updateWebhookEndpointStepId = "update-webhook-endpoint"

export type UpdateWebhookEndpointStepInput = {
  id: string
  url?: string
  description?: string | null
  event_types?: string[]
  headers?: Record<string, string> | null
  timeout_ms?: number
  payload_template?: WebhookPayloadTemplate | null
}

type StoredUpdate = Parameters<WebhookModuleService["updateWebhookEndpoints"]>[0] & { id: string }

/** Updates the given fields of an endpoint; compensation writes their previous values back. */
export const updateWebhookEndpointStep = createStep(
  updateWebhookEndpointStepId,
  async (input: UpdateWebhookEndpointStepInput, { container }) => {
    const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
    const changed = Object.fromEntries(Object.entries(input).filter(([key, value]) => key !== "id" && value !== undefined))
    if (!Object.keys(changed).length) return new StepResponse({ id: input.id }, null)
    const previous = await webhooks.retrieveWebhookEndpoint(input.id, { select: ["id", ...Object.keys(changed)] })
    // The data-model types every json column as an object; event_types holds a list.
    await webhooks.updateWebhookEndpoints({ id: input.id, ...changed } as StoredUpdate)
    return new StepResponse({ id: input.id }, previous as unknown as StoredUpdate)
  },
  async (previous, { container }) => {
    if (!previous) return
    const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
    await webhooks.updateWebhookEndpoints(previous)
  }
)
