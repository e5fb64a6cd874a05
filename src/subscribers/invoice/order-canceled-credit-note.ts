import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { issueCreditNoteWorkflow } from "../../workflows/invoice/issue-credit-note"

/** A canceled order's invoice is credited in full (what a refund has not credited yet), never edited. */
export default async function orderCanceledCreditNote({ event, container }: SubscriberArgs<{ id: string }>) {
  await issueCreditNoteWorkflow(container).run({
    input: { order_id: event.data.id, reason: "cancellation", credit_reference: `order-canceled:${event.data.id}` },
  })
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "invoice-credit-on-order-canceled" } }
