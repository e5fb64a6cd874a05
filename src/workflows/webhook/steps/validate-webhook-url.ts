import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { WEBHOOK_MODULE } from "../../../modules/webhook"
import type WebhookModuleService from "../../../modules/webhook/service"

export const validateWebhookUrlStepId = "validate-webhook-url"

/** Refuses a URL webhooks may not be sent to (scheme, credentials, refused or unresolvable host); changes nothing. */
export const validateWebhookUrlStep = createStep(validateWebhookUrlStepId, async (input: { url: string }, { container }) => {
  const webhooks: WebhookModuleService = container.resolve(WEBHOOK_MODULE)
  const problem = await webhooks.urlProblem(input.url)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Webhook URL ${input.url} ${problem}`)
  }
})
