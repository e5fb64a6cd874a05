import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toAmount } from "../../lib/invoice/amounts"
import { issueCreditNoteWorkflow } from "../../workflows/invoice/issue-credit-note"

type RefundedPayment = { payment_collection?: { order?: { id?: string } | null } | null; refunds?: { id: string; amount: unknown }[] | null }

/**
 * Each refund of a payment gets its credit note for the refunded amount (the event names the
 * payment, not the refund: refunds already credited are skipped by their unique reference).
 */
export default async function paymentRefundedCreditNote({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [payment] } = await query.graph({
    entity: "payment",
    fields: ["payment_collection.order.id", "refunds.id", "refunds.amount", "refunds.created_at"],
    filters: { id: event.data.id },
  })
  const { payment_collection, refunds } = (payment ?? {}) as RefundedPayment
  const orderId = payment_collection?.order?.id
  if (!orderId) return
  for (const refund of refunds ?? []) {
    await issueCreditNoteWorkflow(container).run({
      input: { order_id: orderId, reason: "refund", credit_reference: refund.id, amount: toAmount(refund.amount) },
    })
  }
}

export const config: SubscriberConfig = { event: "payment.refunded", context: { subscriberId: "invoice-credit-on-payment-refunded" } }
