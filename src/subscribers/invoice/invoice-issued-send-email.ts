import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InvoiceEvents } from "../../modules/invoice/events"
import { sendInvoiceEmailWorkflow } from "../../workflows/invoice/send-invoice-email"

/** E-mails a new invoice with its PDF; a failed send is retried by the e-mail retry job. */
export default async function invoiceIssuedSendEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendInvoiceEmailWorkflow(container).run({ input: { invoice_id: event.data.id } })
}

export const config: SubscriberConfig = { event: InvoiceEvents.ISSUED, context: { subscriberId: "invoice-send-email" } }
