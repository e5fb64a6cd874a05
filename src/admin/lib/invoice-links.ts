import { backendLink, invoiceExportPath, invoicePdfPath, type InvoicePeriod } from "./invoice-list-query"
import { BACKEND_URL } from "./sdk"

// The browser follows these links itself (a new tab, a download): the admin session cookie
// authenticates them as it does the sdk's requests.

/** The link to an invoice's PDF: shown in the browser or, with `download`, saved as a file. */
export const invoicePdfUrl = (id: string, download = false): string => backendLink(BACKEND_URL, invoicePdfPath(id, download))

/** The link to the accounting CSV of a period without problem, narrowed by the table's kind and status filters. */
export const invoiceExportUrl = (period: InvoicePeriod, filters: Record<string, unknown>): string =>
  backendLink(BACKEND_URL, invoiceExportPath(period, filters))
