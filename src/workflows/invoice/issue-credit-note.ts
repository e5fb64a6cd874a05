import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { roundAmount } from "../../lib/invoice/amounts"
import { creditNoteFor, type CreditedInvoice } from "../../lib/invoice/credit-note"
import { InvoiceEvents } from "../../modules/invoice/events"
import { issueDocumentStep } from "./steps/issue-document"
import { setInvoiceStatusStep } from "./steps/set-invoice-status"

export type IssueCreditNoteWorkflowInput = {
  order_id: string
  reason: "cancellation" | "refund"
  /** A refund id, or "order-canceled:<order id>": each is credited once. */
  credit_reference: string
  /** Amount refunded, tax included; a cancellation credits whatever is left. */
  amount?: number
}

const INVOICE_FIELDS = [
  "id", "kind", "number", "status", "order_id", "order_display_id", "customer_id", "locale", "currency_code",
  "buyer", "lines", "tax_breakdown", "total_gross", "discount_total", "shipping_total", "credited_invoice_id", "credit_reference",
]

type StoredDocument = CreditedInvoice & {
  kind: "invoice" | "credit_note"
  status: string
  credited_invoice_id: string | null
  credit_reference: string | null
}

/**
 * Credits an order's invoice after a cancellation or a refund: a credit note (AVO-…) for the
 * amount, never more than what is still invoiced, and the invoice marked cancelled, or
 * refunded once nothing is left. Does nothing when the order has no invoice or nothing is left.
 * One at a time per order (Medusa's locking module): two refunds arriving together must not
 * both credit what is left.
 */
export const issueCreditNoteWorkflow = createWorkflow("issue-credit-note", (input: WorkflowData<IssueCreditNoteWorkflowInput>) => {
  const lockKey = transform({ input }, ({ input }) => `invoice-credit:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const { data: documents } = useQueryGraphStep({ entity: "invoice", fields: INVOICE_FIELDS, filters: { order_id: input.order_id } })
  const plan = transform({ documents, input }, ({ documents, input }) => {
    const all = documents as unknown as StoredDocument[]
    const invoice = all.find((document) => document.kind === "invoice")
    if (!invoice || all.some((document) => document.credit_reference === input.credit_reference)) return null
    const credited = all.filter((document) => document.credited_invoice_id === invoice.id)
    const remaining = roundAmount(Number(invoice.total_gross) + credited.reduce((sum, note) => sum + Number(note.total_gross), 0))
    const amount = input.reason === "cancellation" ? remaining : Math.min(roundAmount(input.amount ?? remaining), remaining)
    if (amount <= 0) return null
    const note = creditNoteFor(invoice, { issuedAt: new Date(), reason: input.reason, creditReference: input.credit_reference, amount })
    const status = input.reason === "cancellation" ? "cancelled" : amount >= remaining ? "refunded" : invoice.status
    return { note, status: { id: invoice.id, status: status as "cancelled" | "refunded" | "issued" | "paid" } }
  })
  setInvoiceStatusStep(transform({ plan }, ({ plan }) => plan?.status ?? null))
  const issued = issueDocumentStep(transform({ plan }, ({ plan }) => plan?.note ?? null))
  when({ issued }, ({ issued }) => !!issued?.created).then(() => {
    emitEventStep({
      eventName: InvoiceEvents.CREDIT_NOTE_ISSUED,
      data: transform({ issued, plan }, ({ issued, plan }) => ({ id: issued!.id, invoice_id: plan!.status.id })),
    })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(issued)
})
