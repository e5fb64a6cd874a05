import type { IssueInvoiceInput, InvoiceBuyer, InvoiceLine, InvoiceTaxBreakdown } from "../../modules/invoice/types"
import { emailLocale } from "../email/locale"
import { roundAmount, toAmount } from "./amounts"

type Address = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  province?: string | null
  country_code?: string | null
} | null

type Taxed = {
  quantity?: unknown
  discount_subtotal?: unknown
  tax_total?: unknown
  total?: unknown
  tax_lines?: { rate?: unknown }[] | null
}

/** The order as `query.graph` returns it with ORDER_INVOICE_FIELDS. */
export type InvoiceableOrder = {
  id: string
  display_id?: number | null
  email?: string | null
  currency_code: string
  metadata?: Record<string, unknown> | null
  customer_id?: string | null
  customer?: { first_name?: string | null; last_name?: string | null; company_name?: string | null; metadata?: Record<string, unknown> | null } | null
  billing_address?: Address
  shipping_address?: Address
  items?: (Taxed & { title: string; product_title?: string | null; variant_title?: string | null })[] | null
  shipping_methods?: (Taxed & { name: string })[] | null
}

/** The order fields an invoice is built from. */
export const ORDER_INVOICE_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "metadata",
  "customer_id",
  // Medusa computes line totals only when the order's own totals are asked for too.
  "total",
  "tax_total",
  "customer.first_name",
  "customer.last_name",
  "customer.company_name",
  "customer.metadata",
  "billing_address.*",
  "shipping_address.*",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.discount_subtotal",
  "items.tax_total",
  "items.total",
  "items.tax_lines.rate",
  "shipping_methods.name",
  "shipping_methods.discount_subtotal",
  "shipping_methods.tax_total",
  "shipping_methods.total",
  "shipping_methods.tax_lines.rate",
]

/** A line from Medusa's computed totals: gross = `total`, tax = `tax_total`, net = the difference. */
function toLine(description: string, source: Taxed): InvoiceLine {
  const quantity = toAmount(source.quantity) || 1
  const gross = roundAmount(toAmount(source.total))
  const tax = roundAmount(toAmount(source.tax_total))
  const net = roundAmount(gross - tax)
  const discountNet = roundAmount(toAmount(source.discount_subtotal))
  const rate = (source.tax_lines ?? []).reduce((sum, line) => sum + toAmount(line.rate), 0)
  return {
    description,
    quantity,
    unit_price_net: roundAmount((net + discountNet) / quantity),
    tax_rate: roundAmount(rate),
    discount_net: discountNet,
    net,
    tax,
    gross,
  }
}

/** Totals per VAT rate, lowest rate first. */
export function taxBreakdown(lines: InvoiceLine[]): InvoiceTaxBreakdown[] {
  const byRate = new Map<number, InvoiceTaxBreakdown>()
  for (const line of lines) {
    const bucket = byRate.get(line.tax_rate) ?? { rate: line.tax_rate, net: 0, tax: 0, gross: 0 }
    bucket.net = roundAmount(bucket.net + line.net)
    bucket.tax = roundAmount(bucket.tax + line.tax)
    bucket.gross = roundAmount(bucket.gross + line.gross)
    byRate.set(line.tax_rate, bucket)
  }
  return [...byRate.values()].sort((a, b) => a.rate - b.rate)
}

/** "Spa & hammam — Formule duo": the product, then the variant when it says something more. */
function describeItem(item: { title: string; product_title?: string | null; variant_title?: string | null }): string {
  const product = item.product_title || item.title
  const variant = item.variant_title && item.variant_title !== product ? item.variant_title : null
  return variant ? `${product} — ${variant}` : product
}

/** "France" / "Maroc" for "fr" / "ma", in the invoice's language. */
const countryName = (code: string | null | undefined, locale: string) =>
  code ? new Intl.DisplayNames([locale], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase() : null

function addressLines(address: Address, locale: string): string[] {
  if (!address) return []
  const cityLine = [address.postal_code, address.city].filter(Boolean).join(" ")
  return [address.address_1, address.address_2, cityLine, address.province, countryName(address.country_code, locale)].filter(
    (line): line is string => !!line?.trim()
  )
}

function buyerOf(order: InvoiceableOrder, locale: string): InvoiceBuyer {
  const address = order.billing_address ?? order.shipping_address ?? null
  const person = [address?.first_name ?? order.customer?.first_name, address?.last_name ?? order.customer?.last_name]
    .filter(Boolean)
    .join(" ")
  return {
    name: person || order.email || "",
    email: order.email ?? null,
    company: address?.company || order.customer?.company_name || null,
    address: addressLines(address, locale),
  }
}

/** The invoice of an order, from the totals Medusa computed for it (lines, shipping, VAT per rate). */
export function invoiceFromOrder(order: InvoiceableOrder, issuedAt: Date): IssueInvoiceInput {
  const items = (order.items ?? []).map((item) => toLine(describeItem(item), item))
  const shipping = (order.shipping_methods ?? []).map((method) => toLine(method.name, method))
  const lines = [...items, ...shipping]
  const sum = (values: number[]) => roundAmount(values.reduce((total, value) => total + value, 0))
  const locale = emailLocale(order.metadata, order.customer?.metadata)
  return {
    kind: "invoice",
    order_id: order.id,
    order_display_id: order.display_id ?? null,
    customer_id: order.customer_id ?? null,
    locale,
    currency_code: order.currency_code.toLowerCase(),
    issued_at: issuedAt,
    buyer: buyerOf(order, locale),
    lines,
    tax_breakdown: taxBreakdown(lines),
    total_net: sum(lines.map((line) => line.net)),
    total_tax: sum(lines.map((line) => line.tax)),
    total_gross: sum(lines.map((line) => line.gross)),
    discount_total: sum(lines.map((line) => line.discount_net)),
    shipping_total: sum(shipping.map((line) => line.gross)),
  }
}
