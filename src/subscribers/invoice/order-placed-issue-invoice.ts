import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { issueOrderInvoiceWorkflow } from "../../workflows/invoice/issue-order-invoice"

/**
 * Issues the invoice when the order is placed (not when payment is captured): the shopper gets
 * it with the order, and capture later marks it paid. Runs after the checkout, so an invoice
 * problem never fails the order.
 */
export default async function orderPlacedIssueInvoice({ event, container }: SubscriberArgs<{ id: string }>) {
  await issueOrderInvoiceWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "invoice-issue-on-order-placed" } }
