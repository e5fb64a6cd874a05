import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WEBHOOK_MODULE } from "../../../modules/webhook"
import { generateWebhookSecret } from "../../../modules/webhook/delivery/signature"
import type WebhookModuleService from "../../../modules/webhook/service"

export const rotateWebhookSecretStepId = "rotate-webhook-secret"

const HOUR = 60 * 60 * 1000

export type RotateWebhookSecretStepInput = {
  id: string
  /** Hours the current secret keeps signing next to the new one; default: the `secret_overlap_hours` option. */
  overlap_hours?: number
}

/**
 * Gives the endpoint a new secret; the current one becomes `previous_secret` for the overlap (none
 * when it is 0). Compensation writes the three secret fields back.
 */
export const rotateWebhookSecretStep = createStep(
  rotateWebhookSecretStepId,
  async (input: RotateWebhookSecretStepInput, { container }) => {
    const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
    const previous = await webhooks.retrieveWebhookEndpoint(input.id, { select: ["id", "secret", "previous_secret", "previous_secret_expires_at"] })
    const overlapMs = (input.overlap_hours ?? webhooks.settings().secret_overlap_hours) * HOUR
    await webhooks.updateWebhookEndpoints({
      id: input.id,
      secret: generateWebhookSecret(),
      previous_secret: overlapMs > 0 ? previous.secret : null,
      previous_secret_expires_at: overlapMs > 0 ? new Date(Date.now() + overlapMs) : null,
    })
    return new StepResponse(
      { id: input.id },
      { id: previous.id, secret: previous.secret, previous_secret: previous.previous_secret, previous_secret_expires_at: previous.previous_secret_expires_at }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
    await webhooks.updateWebhookEndpoints(previous)
  }
)
