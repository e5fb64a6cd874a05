import type { InvoiceKind } from "./models/invoice"

const PREFIXES: Record<InvoiceKind, string> = { invoice: "INV", credit_note: "AVO" }

/** "INV-2026-000001" for the first invoice of 2026, "AVO-2026-000001" for the first credit note. */
export function formatDocumentNumber(kind: InvoiceKind, year: number, sequence: number): string {
  return `${PREFIXES[kind]}-${year}-${String(sequence).padStart(6, "0")}`
}

/** The numbering year of a document issued at `date`, in the seller's time zone. */
export function numberingYear(date: Date, timeZone = "Europe/Paris"): number {
  return Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone }).format(date))
}
