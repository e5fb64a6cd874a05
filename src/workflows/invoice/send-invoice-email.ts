import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { InvoiceIssuedEmailData } from "../../providers/smtp/types"
import { loadEmailAttachmentsStep } from "../email/steps/load-email-attachments"

export type SendInvoiceEmailWorkflowInput = { invoice_id: string }

/** The invoice fields below, with its order through the read-only link. */
type InvoiceToSend = {
  id: string
  number: string
  issued_at: Date | string
  total_gross: unknown
  currency_code: string
  order_display_id: number | null
  locale: string
  buyer: { email?: string | null }
  order?: { email?: string | null; customer?: { first_name?: string | null } | null } | null
}

/**
 * E-mails an issued invoice to the order's address with its PDF attached. The PDF is stored by
 * its own workflow on first use, so a failed send does not undo it. Idempotent per invoice; a
 * failed send is retried by the e-mail retry job, which attaches the PDF again from the
 * invoice id in the data.
 */
export const sendInvoiceEmailWorkflow = createWorkflow("send-invoice-email", (input: WorkflowData<SendInvoiceEmailWorkflowInput>) => {
  const { data: invoices } = useQueryGraphStep({
    entity: "invoice",
    fields: ["id", "number", "issued_at", "total_gross", "currency_code", "order_display_id", "locale", "buyer", "order.email", "order.customer.first_name"],
    filters: { id: input.invoice_id },
    options: { throwIfKeyNotFound: true },
  })
  const invoice = transform({ invoices }, ({ invoices: [invoice] }) => invoice as unknown as InvoiceToSend)
  const data = transform({ invoice }, ({ invoice }): InvoiceIssuedEmailData => ({
    locale: invoice.locale,
    first_name: invoice.order?.customer?.first_name ?? null,
    invoice: {
      id: invoice.id,
      number: invoice.number,
      issued_at: new Date(invoice.issued_at).toISOString(),
      total: Number(invoice.total_gross),
      currency_code: invoice.currency_code,
      order_display_id: invoice.order_display_id ?? null,
    },
  }))
  const attachments = loadEmailAttachmentsStep({ template: "invoice-issued", data: data as unknown as Record<string, unknown> })
  const notifications = transform({ invoice, data, attachments }, ({ invoice, data, attachments }) => [
    {
      to: invoice.order?.email ?? invoice.buyer.email ?? "",
      channel: "email",
      template: "invoice-issued",
      data,
      attachments,
      trigger_type: "invoice.issued",
      resource_id: invoice.id,
      resource_type: "invoice",
      idempotency_key: `invoice-issued:${invoice.id}`,
    },
  ])
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
