import type { InferTypeOf } from "@medusajs/framework/types"
import type { Invoice, InvoiceStatus, InvoiceKind } from "../../modules/invoice/models/invoice"
import type { AdminInvoice } from "../../types/http/invoice"
import type { PrintableInvoice } from "./pdf/render-invoice-pdf"

/** An invoice as the module returns it. */
export type InvoiceRecord = InferTypeOf<typeof Invoice>

const DAY = 24 * 60 * 60 * 1000

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

/** A stored invoice record in the HTTP contract's shape. */
export function toAdminInvoice(record: InvoiceRecord, now = new Date()): AdminInvoice {
  const status = record.status as InvoiceStatus
  return {
    id: record.id,
    kind: record.kind as InvoiceKind,
    number: record.number,
    status,
    // A due date is a day: the invoice is overdue from the next one.
    overdue: record.kind === "invoice" && status === "issued" && new Date(record.due_at).getTime() + DAY < now.getTime(),
    order_id: record.order_id,
    order_display_id: record.order_display_id ?? null,
    customer_id: record.customer_id ?? null,
    credited_invoice_id: record.credited_invoice_id ?? null,
    reason: record.reason ?? null,
    locale: record.locale === "en" ? "en" : "fr",
    currency_code: record.currency_code,
    issued_at: iso(record.issued_at)!,
    due_at: iso(record.due_at)!,
    paid_at: iso(record.paid_at),
    seller: record.seller as unknown as AdminInvoice["seller"],
    buyer: record.buyer as unknown as AdminInvoice["buyer"],
    lines: record.lines as unknown as AdminInvoice["lines"],
    tax_breakdown: record.tax_breakdown as unknown as AdminInvoice["tax_breakdown"],
    total_net: Number(record.total_net),
    total_tax: Number(record.total_tax),
    total_gross: Number(record.total_gross),
    discount_total: Number(record.discount_total),
    shipping_total: Number(record.shipping_total),
  }
}

/** What the PDF prints of a stored record. */
export function toPrintableInvoice(record: InvoiceRecord, creditedInvoiceNumber?: string | null): PrintableInvoice {
  return { ...toAdminInvoice(record), credited_invoice_number: creditedInvoiceNumber ?? null }
}
