import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WEBHOOK_MODULE } from "../../../modules/webhook"
import { generateWebhookSecret } from "../../../modules/webhook/delivery/signature"
import type WebhookModuleService from "../../../modules/webhook/service"
import type { WebhookPayloadTemplate } from "../../../types/http/webhook"

export const createWebhookEndpointStepId = "create-webhook-endpoint"

export type CreateWebhookEndpointStepInput = {
  url: string
  description?: string | null
  event_types: string[]
  headers?: Record<string, string> | null
  timeout_ms?: number
  payload_template?: WebhookPayloadTemplate | null
}

/** Creates the endpoint with a new signing secret and answers its id (never the secret); compensation deletes it. */
export const createWebhookEndpointStep = createStep(
  createWebhookEndpointStepId,
  async (input: CreateWebhookEndpointStepInput, { container }) => {
    const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
    // The data-model types every json column as an object; these hold a list and plain records.
    const endpoint = await webhooks.createWebhookEndpoints({
      url: input.url,
      description: input.description ?? null,
      event_types: input.event_types as unknown as Record<string, unknown>,
      headers: input.headers ?? null,
      timeout_ms: input.timeout_ms,
      payload_template: (input.payload_template ?? null) as Record<string, unknown> | null,
      secret: generateWebhookSecret(),
    })
    return new StepResponse({ id: endpoint.id }, endpoint.id)
  },
  async (endpointId, { container }) => {
    if (!endpointId) return
    const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
    await webhooks.deleteWebhookEndpoints(endpointId)
  }
)
