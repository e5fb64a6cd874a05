import type { AdminInvoice, InvoiceKind, InvoiceStatus } from "./invoice-types"

/** How each status reads and shows, for the badge and the status filter: paid green, cancelled grey. */
export const INVOICE_STATUS_BADGES: Record<
  InvoiceStatus,
  { label: `status${Capitalize<InvoiceStatus>}`; color: "blue" | "green" | "grey" | "purple" }
> = {
  issued: { label: "statusIssued", color: "blue" },
  paid: { label: "statusPaid", color: "green" },
  cancelled: { label: "statusCancelled", color: "grey" },
  refunded: { label: "statusRefunded", color: "purple" },
}

/** The label key of each kind of document, for the kind filter and the credit note badge. */
export const INVOICE_KIND_LABELS = {
  invoice: "kindInvoice",
  credit_note: "kindCreditNote",
} as const satisfies Record<InvoiceKind, string>

/** The day a document was issued, in the admin's language: "12 mars 2026". */
export function formatInvoiceDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "medium" }).format(new Date(iso))
}

/** An order's documents as its widget shows them: its latest invoice, if any, and its credit notes. */
export function orderInvoiceDocuments(documents: AdminInvoice[]): { invoice: AdminInvoice | null; creditNotes: AdminInvoice[] } {
  // The list comes newest first: the first invoice is the one a re-invoiced order now has.
  return {
    invoice: documents.find((document) => document.kind === "invoice") ?? null,
    creditNotes: documents.filter((document) => document.kind === "credit_note"),
  }
}
