import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { setLicenseStatusWorkflow } from "../../workflows/digital/set-license-status"

/** A canceled order's licenses stop validating (SUSPENDED); the merchant may reinstate them. */
export default async function orderCanceledSuspendLicenses({ event, container }: SubscriberArgs<{ id: string }>) {
  await setLicenseStatusWorkflow(container).run({ input: { order_id: event.data.id, status: "suspended", reason: "order canceled" } })
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "digital-suspend-licenses" } }
