import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import { explainReviewConflict } from "../../../modules/review/errors"
import type ReviewModuleService from "../../../modules/review/service"
import type { AdminReview } from "../../../types/http/review"

/** What a new review is made of (its moderation fields start empty). */
export type CreateReviewStepInput = Pick<AdminReview, "product_id" | "customer_id" | "order_id" | "rating" | "title" | "body" | "display_name">

export const createReviewStepId = "create-review"

/** Stores the review as pending; deleted again if a later step fails. */
export const createReviewStep = createStep(
  createReviewStepId,
  async (input: CreateReviewStepInput, { container }) => {
    const reviewService: ReviewModuleService = container.resolve(REVIEW_MODULE)
    const review = await reviewService.createReviews({ ...input, status: "pending" }).catch((error) => {
      throw explainReviewConflict(error)
    })
    return new StepResponse(review, review.id)
  },
  async (id, { container }) => {
    if (id) {
      await (container.resolve(REVIEW_MODULE) as ReviewModuleService).deleteReviews(id)
    }
  }
)
