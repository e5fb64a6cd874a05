import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { sendInvoicePdf } from "../../../../../lib/invoice/send-invoice-pdf"
import { INVOICE_MODULE } from "../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../modules/invoice/service"

/**
 * The signed-in customer's invoice of one of their orders, as a PDF download. Another
 * customer's order, or an order without invoice yet, is a 404: nothing tells them apart.
 * Ownership is the order's current customer (an order transferred to another account follows it).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `No invoice for order ${req.params.id}`)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: req.params.id } })
  if (!order || order.customer_id !== req.auth_context.actor_id) {
    throw notFound
  }
  const invoices: InvoiceModuleService = req.scope.resolve(INVOICE_MODULE)
  const [invoice] = await invoices.listInvoices({ order_id: order.id, kind: "invoice" }, { select: ["id"], take: 1 })
  if (!invoice) {
    throw notFound
  }
  await sendInvoicePdf(req.scope, res, invoice.id, { download: true })
}
