import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { DisabledEndpoint } from "../../modules/webhook/delivery/delivery-engine"
import { WebhookEvents } from "../../modules/webhook/events"
import { notifyWebhookEndpointDisabledWorkflow } from "../../workflows/webhook/notify-webhook-endpoint-disabled"

/** Alerts the merchant (admin bell and e-mail) when an endpoint was disabled. */
export default async function endpointDisabledNotify({ event, container }: SubscriberArgs<DisabledEndpoint>) {
  const adminUrl = process.env.MEDUSA_ADMIN_URL || `${process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"}/app`
  await notifyWebhookEndpointDisabledWorkflow(container).run({ input: { ...event.data, admin_url: adminUrl } })
}

export const config: SubscriberConfig = { event: WebhookEvents.ENDPOINT_DISABLED, context: { subscriberId: "webhook-endpoint-disabled-notify" } }
