import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WEBHOOK_MODULE } from "../../modules/webhook"
import type WebhookModuleService from "../../modules/webhook/service"

/** Every night: forgets finished deliveries older than the retention (30 days by default) and their log. */
export default async function pruneWebhookLogJob(container: MedusaContainer) {
  const removed = await container.resolve<WebhookModuleService>(WEBHOOK_MODULE).pruneLog(new Date(Date.now()))
  if (removed) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Webhook log: ${removed} old deliveries removed`)
}

export const config = { name: "comptoir-webhook-prune", schedule: "17 3 * * *" }
