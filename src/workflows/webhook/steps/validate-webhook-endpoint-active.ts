import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { WEBHOOK_MODULE } from "../../../modules/webhook"
import type WebhookModuleService from "../../../modules/webhook/service"

export const validateWebhookEndpointActiveStepId = "validate-webhook-endpoint-active"

/** Fails with 404 for an unknown (or deleted) endpoint and 400 for a disabled one; changes nothing. */
export const validateWebhookEndpointActiveStep = createStep(validateWebhookEndpointActiveStepId, async (input: { id: string }, { container }) => {
  const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
  const [endpoint] = await webhooks.listWebhookEndpoints({ id: input.id }, { select: ["id", "status"] })
  if (!endpoint) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Webhook endpoint ${input.id} was not found`)
  }
  if (endpoint.status !== "active") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Webhook endpoint ${input.id} is disabled: enable it first`)
  }
})
