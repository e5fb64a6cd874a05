import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import type { StoreReviewEligibility } from "../../../types/http/review"

type Eligibility = StoreReviewEligibility & { order_id: string | null }

/**
 * Whether a customer may review a product: a placed order of theirs (not canceled, not a
 * draft) contains it, and they have not reviewed it yet.
 */
export async function reviewEligibility(container: MedusaContainer, customerId: string, productId: string): Promise<Eligibility> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const reviewService: ReviewModuleService = container.resolve(REVIEW_MODULE)
  const [existing] = await reviewService.listReviews({ customer_id: customerId, product_id: productId }, { select: ["id"], take: 1 })
  if (existing) {
    return { can_review: false, reason: "already_reviewed", order_id: null }
  }
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "status", "created_at", "items.product_id"],
    filters: { customer_id: customerId, status: { $nin: ["canceled", "draft"] } },
  })
  const order = orders
    .filter((candidate: { items?: { product_id?: string | null }[] | null }) => candidate.items?.some((item) => item?.product_id === productId))
    .sort((a: { created_at: string | Date }, b: { created_at: string | Date }) => +new Date(a.created_at) - +new Date(b.created_at))[0]
  return order
    ? { can_review: true, reason: null, order_id: order.id }
    : { can_review: false, reason: "not_purchased", order_id: null }
}

export const checkReviewEligibilityStepId = "check-review-eligibility"

/** Refuses, with a message the shopper can act on, a review the customer may not write. */
export const checkReviewEligibilityStep = createStep(
  checkReviewEligibilityStepId,
  async (input: { customer_id: string; product_id: string }, { container }) => {
    const eligibility = await reviewEligibility(container, input.customer_id, input.product_id)
    if (eligibility.reason === "already_reviewed") {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "You have already reviewed this product")
    }
    if (!eligibility.order_id) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only customers who bought this product (in an order that was not canceled) can review it")
    }
    return new StepResponse({ order_id: eligibility.order_id })
  }
)
