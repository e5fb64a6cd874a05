import type { IssueInvoiceInput, InvoiceLine, InvoiceTaxBreakdown } from "../../modules/invoice/types"
import { roundAmount } from "./amounts"
import { taxBreakdown } from "./invoice-from-order"

/** The stored invoice fields a credit note copies. */
export type CreditedInvoice = {
  id: string
  number: string
  order_id: string
  order_display_id?: number | null
  customer_id?: string | null
  locale: string
  currency_code: string
  buyer: IssueInvoiceInput["buyer"]
  lines: InvoiceLine[]
  tax_breakdown: InvoiceTaxBreakdown[]
  total_gross: unknown
  discount_total: unknown
  shipping_total: unknown
}

const negate = (line: InvoiceLine): InvoiceLine => ({
  ...line,
  quantity: -line.quantity,
  discount_net: -line.discount_net,
  net: -line.net,
  tax: -line.tax,
  gross: -line.gross,
})

const sum = (values: number[]) => roundAmount(values.reduce((total, value) => total + value, 0))

/**
 * A credit note cancelling `invoice`: every line with negative amounts when `amount` is left
 * out (cancellation) or equals the invoice's total; otherwise one line per VAT rate sharing
 * `amount` (tax included) in proportion to the invoice's totals per rate (partial refund).
 * Amounts are negative: invoices plus credit notes add up to what the shop earned.
 */
export function creditNoteFor(
  invoice: CreditedInvoice,
  { issuedAt, reason, creditReference, amount }: { issuedAt: Date; reason: "cancellation" | "refund"; creditReference: string; amount?: number }
): IssueInvoiceInput {
  const total = Number(invoice.total_gross)
  const full = amount == null || roundAmount(amount) >= roundAmount(total)
  const label = invoice.locale === "en" ? `Refund on invoice ${invoice.number}` : `Remboursement sur la facture ${invoice.number}`
  let lines: InvoiceLine[]
  if (full || total <= 0) {
    lines = invoice.lines.map(negate)
  } else {
    const buckets = invoice.tax_breakdown.filter((bucket) => bucket.gross > 0)
    let left = roundAmount(amount)
    lines = buckets.map((bucket, index) => {
      const gross = index === buckets.length - 1 ? left : roundAmount((amount * bucket.gross) / total)
      left = roundAmount(left - gross)
      const tax = roundAmount((gross * bucket.rate) / (100 + bucket.rate))
      const net = roundAmount(gross - tax)
      return negate({ description: label, quantity: 1, unit_price_net: net, tax_rate: bucket.rate, discount_net: 0, net, tax, gross })
    })
  }
  return {
    kind: "credit_note",
    order_id: invoice.order_id,
    order_display_id: invoice.order_display_id ?? null,
    customer_id: invoice.customer_id ?? null,
    credited_invoice_id: invoice.id,
    reason,
    credit_reference: creditReference,
    locale: invoice.locale === "en" ? "en" : "fr",
    currency_code: invoice.currency_code,
    issued_at: issuedAt,
    buyer: invoice.buyer,
    lines,
    tax_breakdown: taxBreakdown(lines),
    total_net: sum(lines.map((line) => line.net)),
    total_tax: sum(lines.map((line) => line.tax)),
    total_gross: sum(lines.map((line) => line.gross)),
    discount_total: full ? -Number(invoice.discount_total) : 0,
    shipping_total: full ? -Number(invoice.shipping_total) : 0,
  }
}
