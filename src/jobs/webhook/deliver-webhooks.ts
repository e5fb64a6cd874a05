import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { kickWebhookDelivery } from "../../lib/webhook/deliver-webhooks"

/**
 * Every second: delivers the webhooks whose retry is due, and those a stopped process left
 * behind. Several worker processes may run it at once: claims use row locks.
 */
export default async function deliverWebhooksJob(container: MedusaContainer) {
  await kickWebhookDelivery(container).catch((error: Error) => container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Webhook delivery: ${error.message}`))
}

export const config = { name: "comptoir-webhook-delivery", schedule: { interval: 1000 } }
