import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setLicenseStatusWorkflow } from "../../workflows/digital/set-license-status"

/** A refunded payment suspends its order's licenses, where the policy says so (`suspend_on_refund`, on by default). */
export default async function paymentRefundedSuspendLicenses({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [payment] } = await query.graph({ entity: "payment", fields: ["payment_collection.order.id"], filters: { id: event.data.id } })
  const orderId = (payment as { payment_collection?: { order?: { id?: string } | null } | null } | undefined)?.payment_collection?.order?.id
  if (!orderId) return
  await setLicenseStatusWorkflow(container).run({
    input: { order_id: orderId, status: "suspended", reason: "payment refunded", only_suspend_on_refund: true },
  })
}

export const config: SubscriberConfig = { event: "payment.refunded", context: { subscriberId: "digital-suspend-licenses-on-refund" } }
