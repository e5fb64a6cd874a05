import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ReviewModule from "../modules/review"

/** A review is written by one customer. Read-only: the review keeps `customer_id` itself. */
export default defineLink(
  { linkable: ReviewModule.linkable.review, field: "customer_id", isList: false },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
