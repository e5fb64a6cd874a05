import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../modules/review/events"
import { createReviewStep } from "./steps/create-review"
import { checkReviewEligibilityStep } from "./steps/review-eligibility"

export type CreateReviewWorkflowInput = {
  customer_id: string
  product_id: string
  rating: number
  title: string
  body: string
  /** Show "First-name L." with the review (default), or no name. */
  show_name?: boolean
}

/** "Amina B." from the customer's names; null when hidden or unknown. */
const reviewerNameStep = createStep(
  "review-display-name",
  async (input: { customer_id: string; show_name?: boolean }, { container }) => {
    if (input.show_name === false) return new StepResponse(null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["first_name", "last_name"], filters: { id: input.customer_id } })
    const first = data[0]?.first_name?.trim()
    const initial = data[0]?.last_name?.trim()?.charAt(0)
    return new StepResponse(first ? `${first}${initial ? ` ${initial.toUpperCase()}.` : ""}` : null)
  }
)

/** A verified buyer's review: eligibility, then stored as pending, then `review.created`. */
export const createReviewWorkflow = createWorkflow("create-review", (input: CreateReviewWorkflowInput) => {
  const { order_id } = checkReviewEligibilityStep({ customer_id: input.customer_id, product_id: input.product_id })
  const display_name = reviewerNameStep({ customer_id: input.customer_id, show_name: input.show_name })
  const review = createReviewStep(
    transform({ input, order_id, display_name }, ({ input, order_id, display_name }) => ({
      product_id: input.product_id,
      customer_id: input.customer_id,
      order_id,
      rating: input.rating,
      title: input.title,
      body: input.body,
      display_name,
    }))
  )
  emitEventStep({ eventName: ReviewEvents.CREATED, data: transform({ review }, ({ review }) => ({ id: review.id })) })
  return new WorkflowResponse(review)
})
