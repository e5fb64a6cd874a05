import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toAdminInvoice } from "../../../lib/invoice/printable-invoice"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import type { AdminInvoiceListResponse } from "../../../types/http/invoice"
import { invoiceFilters, invoiceOrder } from "./helpers"
import type { AdminGetInvoicesParamsType } from "./validators"

/** Invoices and credit notes, newest first by default, filtered by kind, status, period, order or search. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetInvoicesParamsType>, res: MedusaResponse<AdminInvoiceListResponse>) {
  const query = req.validatedQuery as AdminGetInvoicesParamsType
  const invoices: InvoiceModuleService = req.scope.resolve(INVOICE_MODULE)
  const [records, count] = await invoices.listAndCountInvoices(invoiceFilters(query), {
    skip: query.offset,
    take: query.limit,
    order: invoiceOrder(query.order),
  })
  const now = new Date()
  res.json({ invoices: records.map((record) => toAdminInvoice(record, now)), count, offset: query.offset, limit: query.limit })
}
