import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import DealModule from "../modules/deal"

/**
 * A deal belongs to one product. Read-only: the deal keeps `product_id` itself, so the
 * database enforces one deal per product and `query.graph` can still join `deal.product`.
 */
export default defineLink(
  { linkable: DealModule.linkable.deal, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
