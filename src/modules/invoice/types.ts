/** Who sells: the shop's legal identity, printed on every invoice (from the module's options). */
export type InvoiceSeller = {
  name: string
  /** Postal address, one line per entry. */
  address: string[]
  /** French SIRET (14 digits), when the seller is French. */
  siret?: string | null
  /** Moroccan ICE (15 digits), when the seller is Moroccan. */
  ice?: string | null
  /** Intra-community or Moroccan VAT number. */
  vat_number?: string | null
  email?: string | null
  /** Legal mentions printed at the bottom (late-payment penalties, capital, RCS…). */
  legal_mentions: string[]
}

/** Who buys, as the order says. */
export type InvoiceBuyer = {
  name: string
  email: string | null
  company?: string | null
  /** Billing address lines, empty when the order has none. */
  address: string[]
}

/** One printed line. Amounts in major units (49.9 = 49,90 €), rounded to the currency's cents. */
export type InvoiceLine = {
  description: string
  quantity: number
  /** Unit price before tax and discount. */
  unit_price_net: number
  /** VAT rate in percent (20 for 20 %). */
  tax_rate: number
  /** Discount on the line, before tax. */
  discount_net: number
  /** Line total before tax, after discount. */
  net: number
  tax: number
  gross: number
}

/** Totals of one VAT rate. */
export type InvoiceTaxBreakdown = { rate: number; net: number; tax: number; gross: number }

/**
 * What issuing a document needs. The module adds the number, year and sequence, the seller
 * (from its options) and the due date (issue date + payment terms).
 */
export type IssueInvoiceInput = {
  kind: "invoice" | "credit_note"
  order_id: string
  order_display_id?: number | null
  customer_id?: string | null
  credited_invoice_id?: string | null
  reason?: string | null
  credit_reference?: string | null
  locale: "fr" | "en"
  currency_code: string
  issued_at: Date | string
  buyer: InvoiceBuyer
  lines: InvoiceLine[]
  tax_breakdown: InvoiceTaxBreakdown[]
  total_net: number
  total_tax: number
  total_gross: number
  discount_total: number
  shipping_total: number
}
