import type { InvoiceKind, InvoiceStatus } from "./invoice-types"

/** Invoices per page of the Invoices table. */
export const INVOICES_PAGE_SIZE = 20

/** The most invoices `GET /admin/invoices` returns at once: an order's documents fit in one page. */
export const INVOICES_MAX_LIMIT = 100

/** The fields the Admin API sorts invoices by; the table's sortable column ids are these names. */
const INVOICE_SORT_FIELDS = ["issued_at", "number"] as const
type InvoiceSortField = (typeof INVOICE_SORT_FIELDS)[number]

const INVOICE_KINDS: readonly InvoiceKind[] = ["invoice", "credit_note"]
const INVOICE_STATUSES: readonly InvoiceStatus[] = ["issued", "paid", "cancelled", "refunded"]

/** The query of `GET /admin/invoices`. */
export type AdminInvoiceListParams = {
  kind?: InvoiceKind
  status?: InvoiceStatus
  /** First day of the period, YYYY-MM-DD. */
  from?: string
  /** Last day of the period, YYYY-MM-DD. */
  to?: string
  /** An invoice number or part of the buyer's name or e-mail. */
  q?: string
  order_id?: string
  order?: InvoiceSortField | `-${InvoiceSortField}`
  limit: number
  offset: number
}

/** A period of issue dates as the date inputs hold it: YYYY-MM-DD, "" for an open end. */
export type InvoicePeriod = { from: string; to: string }

/** The state of the Invoices table that the server applies: search, filters, period, sort and page. */
export type InvoiceTableState = {
  search: string
  /** Filter id → value as the DataTable holds it (one string each for `kind` and `status`). */
  filters: Record<string, unknown>
  period: InvoicePeriod
  sort: { id: string; desc: boolean } | null
  pageIndex: number
}

const isInvoiceKind = (value: unknown): value is InvoiceKind => INVOICE_KINDS.some((kind) => kind === value)
const isInvoiceStatus = (value: unknown): value is InvoiceStatus => INVOICE_STATUSES.some((status) => status === value)

/** Whether a value is a calendar day as date inputs and the API write it: "2026-03-31". */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false
  }
  // Dates roll "2026-02-31" over to March 3rd: the round trip catches it.
  const date = new Date(`${value}T00:00:00.000Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** The kind and status filters the API accepts, as query parameters; unknown values are left out. */
function kindAndStatus(filters: Record<string, unknown>): Pick<AdminInvoiceListParams, "kind" | "status"> {
  return {
    ...(isInvoiceKind(filters.kind) && { kind: filters.kind }),
    ...(isInvoiceStatus(filters.status) && { status: filters.status }),
  }
}

/** The valid ends of a period, as query parameters. */
function periodParams(period: InvoicePeriod): Pick<AdminInvoiceListParams, "from" | "to"> {
  return {
    ...(isIsoDay(period.from) && { from: period.from }),
    ...(isIsoDay(period.to) && { to: period.to }),
  }
}

/** The query of `GET /admin/invoices` for a state of the Invoices table; unset parts are left out. */
export function toInvoiceListParams(state: InvoiceTableState): AdminInvoiceListParams {
  const params: AdminInvoiceListParams = {
    limit: INVOICES_PAGE_SIZE,
    offset: state.pageIndex * INVOICES_PAGE_SIZE,
    ...kindAndStatus(state.filters),
    ...periodParams(state.period),
  }
  const q = state.search.trim()
  if (q) {
    params.q = q
  }
  const sortField = INVOICE_SORT_FIELDS.find((field) => field === state.sort?.id)
  if (sortField) {
    params.order = state.sort?.desc ? `-${sortField}` : sortField
  }
  return params
}

const isoDay = (date: Date) =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, "0")).join("-")

/** The current month in the admin's time zone, first to last day: the period the page opens on. */
export function currentMonthPeriod(now = new Date()): InvoicePeriod {
  return {
    from: isoDay(new Date(now.getFullYear(), now.getMonth(), 1)),
    // Day 0 of the next month is the last day of this one.
    to: isoDay(new Date(now.getFullYear(), now.getMonth() + 1, 0)),
  }
}

/** The longest period `GET /admin/invoices/export` accepts, in days between its ends. */
const INVOICE_EXPORT_MAX_DAYS = 366

const DAY_MS = 24 * 60 * 60 * 1000

/** Why a period cannot be exported: an end is missing, it ends before it starts, or it is over a year; null when it can. */
export function invoicePeriodProblem(period: InvoicePeriod): "missing" | "reversed" | "too-long" | null {
  if (!isIsoDay(period.from) || !isIsoDay(period.to)) {
    return "missing"
  }
  // ISO days compare as strings.
  if (period.from > period.to) {
    return "reversed"
  }
  return Date.parse(period.to) - Date.parse(period.from) > INVOICE_EXPORT_MAX_DAYS * DAY_MS ? "too-long" : null
}

/** The path of an invoice's PDF, shown in the browser or, with `download`, saved as a file. */
export function invoicePdfPath(id: string, download = false): string {
  return `/admin/invoices/${encodeURIComponent(id)}/pdf${download ? "?download=1" : ""}`
}

/**
 * The path of the accounting CSV of a period without problem (invoicePeriodProblem), narrowed by
 * the table's kind and status filters; not by its search, which the export does not take.
 */
export function invoiceExportPath(period: InvoicePeriod, filters: Record<string, unknown>): string {
  const query = new URLSearchParams({ from: period.from, to: period.to, ...kindAndStatus(filters) })
  return `/admin/invoices/export?${query}`
}

/** A backend path as a link from `base` (the sdk's base URL): "/" and "/admin/…" give "/admin/…", not "//admin/…". */
export function backendLink(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`
}
