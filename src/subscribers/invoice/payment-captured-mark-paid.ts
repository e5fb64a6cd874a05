import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { markInvoicePaidWorkflow } from "../../workflows/invoice/mark-invoice-paid"

/** A captured payment marks its order's invoice paid. */
export default async function paymentCapturedMarkPaid({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [payment] } = await query.graph({ entity: "payment", fields: ["payment_collection.order.id"], filters: { id: event.data.id } })
  const orderId = (payment as { payment_collection?: { order?: { id?: string } | null } | null } | undefined)?.payment_collection?.order?.id
  if (orderId) {
    await markInvoicePaidWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = { event: "payment.captured", context: { subscriberId: "invoice-paid-on-payment-captured" } }
