// HTTP contract of invoices and credit notes, shared by the routes, the admin and the storefront.
import type { InvoiceBuyer, InvoiceLine, InvoiceSeller, InvoiceTaxBreakdown } from "../../modules/invoice/types"

export type { InvoiceBuyer, InvoiceLine, InvoiceSeller, InvoiceTaxBreakdown }

export type InvoiceKind = "invoice" | "credit_note"
export type InvoiceStatus = "issued" | "paid" | "cancelled" | "refunded"

/** An invoice or credit note as issued. Amounts in major units; a credit note's are negative. */
export type AdminInvoice = {
  id: string
  kind: InvoiceKind
  /** "INV-2026-000001" or "AVO-2026-000001". */
  number: string
  status: InvoiceStatus
  /** Issued, not paid, and past its due date. */
  overdue: boolean
  order_id: string
  order_display_id: number | null
  customer_id: string | null
  /** For a credit note: the invoice it credits. */
  credited_invoice_id: string | null
  /** For a credit note: "cancellation" or "refund". */
  reason: string | null
  locale: "fr" | "en"
  currency_code: string
  issued_at: string
  due_at: string
  paid_at: string | null
  seller: InvoiceSeller
  buyer: InvoiceBuyer
  lines: InvoiceLine[]
  tax_breakdown: InvoiceTaxBreakdown[]
  total_net: number
  total_tax: number
  total_gross: number
  discount_total: number
  shipping_total: number
}

export type AdminInvoiceResponse = { invoice: AdminInvoice }
export type AdminInvoiceListResponse = { invoices: AdminInvoice[]; count: number; offset: number; limit: number }
