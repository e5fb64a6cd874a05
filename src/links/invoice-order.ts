import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import InvoiceModule from "../modules/invoice"

/** An invoice or credit note belongs to one order. Read-only: the invoice keeps `order_id` itself. */
export default defineLink(
  { linkable: InvoiceModule.linkable.invoice, field: "order_id", isList: false },
  OrderModule.linkable.order,
  { readOnly: true }
)
