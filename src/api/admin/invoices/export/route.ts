import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ACCOUNTING_CSV_HEADER, accountingCsvLine } from "../../../../lib/invoice/accounting-csv"
import { toAdminInvoice } from "../../../../lib/invoice/printable-invoice"
import { INVOICE_MODULE } from "../../../../modules/invoice"
import type InvoiceModuleService from "../../../../modules/invoice/service"
import { invoiceFilters } from "../helpers"
import type { AdminExportInvoicesParamsType } from "../validators"

const BATCH = 500

/**
 * The accounting export of a period: one CSV line per invoice and credit note, in number order,
 * streamed in batches so a year of documents never sits in memory. UTF-8 with a BOM so
 * spreadsheets read the accents.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminExportInvoicesParamsType>, res: MedusaResponse) {
  const query = req.validatedQuery as AdminExportInvoicesParamsType
  const invoices: InvoiceModuleService = req.scope.resolve(INVOICE_MODULE)
  const filters = invoiceFilters(query)
  res.status(200).set({
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="invoices-${query.from}-${query.to}.csv"`,
    "cache-control": "private, no-store",
  })
  res.write("\uFEFF" + ACCOUNTING_CSV_HEADER.join(",") + "\r\n")
  const numbers = new Map<string, string>()
  for (let offset = 0; ; offset += BATCH) {
    const batch = await invoices.listInvoices(filters, { skip: offset, take: BATCH, order: { kind: "ASC", year: "ASC", sequence: "ASC" } })
    const creditedIds = [...new Set(batch.map((record) => record.credited_invoice_id).filter((id): id is string => !!id && !numbers.has(id)))]
    if (creditedIds.length) {
      for (const credited of await invoices.listInvoices({ id: creditedIds }, { select: ["id", "number"] })) numbers.set(credited.id, credited.number)
    }
    res.write(batch.map((record) => accountingCsvLine(toAdminInvoice(record), record.credited_invoice_id && numbers.get(record.credited_invoice_id))).join(""))
    if (batch.length < BATCH) break
  }
  res.end()
}
