import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendInvoicePdf } from "../../../../../lib/invoice/send-invoice-pdf"
import { INVOICE_MODULE } from "../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../modules/invoice/service"
import type { AdminGetInvoicePdfParamsType } from "../../validators"

/** The document's PDF, shown in the browser, or downloaded with `?download=1`. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetInvoicePdfParamsType>, res: MedusaResponse) {
  const invoice = await (req.scope.resolve(INVOICE_MODULE) as InvoiceModuleService).retrieveInvoice(req.params.id, { select: ["id"] })
  await sendInvoicePdf(req.scope, res, invoice.id, { download: !!(req.validatedQuery as AdminGetInvoicePdfParamsType).download })
}
