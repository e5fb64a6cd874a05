import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminReview } from "../../../types/http/review"

export const ADMIN_REVIEW_FIELDS = [
  "id", "product_id", "customer_id", "order_id", "rating", "title", "body", "display_name", "status",
  "rejection_reason", "moderated_at", "reply", "replied_at", "created_at",
  "product.id", "product.title", "product.handle", "product.thumbnail",
  "customer.id", "customer.email", "customer.first_name", "customer.last_name",
]

export const toAdminReview = (review: Record<string, any>): AdminReview => ({
  ...(review as AdminReview),
  product: review.product ?? null,
  customer: review.customer ?? null,
})

/** One review with its product and customer, or a 404. */
export async function refetchReview(scope: MedusaContainer, id: string): Promise<AdminReview> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "review", fields: ADMIN_REVIEW_FIELDS, filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review with id: ${id} was not found`)
  }
  return toAdminReview(data[0])
}
