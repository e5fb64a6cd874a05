import type { AdminInvoice } from "../../types/http/invoice"
import { INVOICE_TIME_ZONE } from "./period"

/** Columns of the accounting export, in order. */
export const ACCOUNTING_CSV_HEADER = [
  "number",
  "type",
  "date",
  "due_date",
  "order",
  "customer",
  "email",
  "net",
  "vat",
  "gross",
  "currency",
  "status",
  "credited_invoice",
]

const day = (iso: string) => new Intl.DateTimeFormat("en-CA", { timeZone: INVOICE_TIME_ZONE }).format(new Date(iso))

/** One field, quoted when it holds a separator, a quote or a line break (RFC 4180); formulas are defused for spreadsheets. */
export function csvField(value: string | number | null | undefined): string {
  let text = value == null ? "" : String(value)
  // A cell starting with = + - @ would run as a formula in Excel: prefix text (not amounts) with '.
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV line (with its CRLF) per document: amounts with a dot and two decimals, negative for credit notes. */
export function accountingCsvLine(invoice: AdminInvoice, creditedNumber?: string | null): string {
  const amount = (value: number) => value.toFixed(2)
  return (
    [
      invoice.number,
      invoice.kind,
      day(invoice.issued_at),
      day(invoice.due_at),
      invoice.order_display_id ?? "",
      invoice.buyer.company ? `${invoice.buyer.company} (${invoice.buyer.name})` : invoice.buyer.name,
      invoice.buyer.email ?? "",
      amount(invoice.total_net),
      amount(invoice.total_tax),
      amount(invoice.total_gross),
      invoice.currency_code.toUpperCase(),
      invoice.status,
      creditedNumber ?? "",
    ]
      .map(csvField)
      .join(",") + "\r\n"
  )
}
