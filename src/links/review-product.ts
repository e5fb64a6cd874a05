import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewModule from "../modules/review"

/** A review is about one product. Read-only: the review keeps `product_id` itself. */
export default defineLink(
  { linkable: ReviewModule.linkable.review, field: "product_id", isList: false },
  ProductModule.linkable.product,
  { readOnly: true }
)
