import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toAdminInvoice } from "../../../../lib/invoice/printable-invoice"
import { INVOICE_MODULE } from "../../../../modules/invoice"
import type InvoiceModuleService from "../../../../modules/invoice/service"
import type { AdminInvoiceResponse } from "../../../../types/http/invoice"

/** One invoice or credit note; 404 when there is none with this id. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminInvoiceResponse>) {
  const invoices: InvoiceModuleService = req.scope.resolve(INVOICE_MODULE)
  res.json({ invoice: toAdminInvoice(await invoices.retrieveInvoice(req.params.id)) })
}
