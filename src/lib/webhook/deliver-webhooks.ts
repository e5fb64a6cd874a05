import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { WEBHOOK_MODULE } from "../../modules/webhook"
import { WebhookEvents } from "../../modules/webhook/events"
import type WebhookModuleService from "../../modules/webhook/service"

/**
 * Sends every due webhook and tells the merchant about endpoints the run disabled (the
 * `webhook.endpoint.disabled` event). `now` is the clock for tests.
 */
export async function deliverDueWebhooks(container: MedusaContainer, now?: Date) {
  const webhooks = container.resolve<WebhookModuleService>(WEBHOOK_MODULE)
  const result = await webhooks.deliverDue({ now })
  if (result.disabled.length) {
    await container.resolve(Modules.EVENT_BUS).emit(result.disabled.map((endpoint) => ({ name: WebhookEvents.ENDPOINT_DISABLED, data: endpoint })))
  }
  return result
}

let running: Promise<void> | null = null
let again = false

/**
 * Starts delivering now, in the background, without waiting for the next job run: the first
 * attempt is immediate. One run at a time per process; a kick during a run makes it go round
 * once more. Errors are logged: the every-second job picks up whatever is left. In a
 * server-only process this does nothing: the workers deliver within a second.
 */
export function kickWebhookDelivery(container: MedusaContainer): Promise<void> {
  // An HTTP-only process (MEDUSA_WORKER_MODE=server) leaves sending to the workers' job.
  if (container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.workerMode === "server") return Promise.resolve()
  if (running) {
    again = true
    return running
  }
  running = (async () => {
    do {
      again = false
      await deliverDueWebhooks(container)
    } while (again)
  })()
    .catch((error: Error) => container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Webhook delivery: ${error.message}`))
    .finally(() => {
      running = null
    })
  return running
}
