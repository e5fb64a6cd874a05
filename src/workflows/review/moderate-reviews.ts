import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { REVIEW_MODULE } from "../../modules/review"
import { ReviewEvents } from "../../modules/review/events"
import type ReviewModuleService from "../../modules/review/service"

export type ModerateReviewsWorkflowInput = {
  ids: string[]
  status: "approved" | "rejected"
  /** Why a review is rejected (kept for the merchant, not shown publicly). */
  reason?: string | null
}

type Previous = { id: string; status: "pending" | "approved" | "rejected"; rejection_reason: string | null; moderated_at: Date | null }

const moderateReviewsStep = createStep(
  "moderate-reviews",
  async (input: ModerateReviewsWorkflowInput, { container }) => {
    const reviewService: ReviewModuleService = container.resolve(REVIEW_MODULE)
    const ids = [...new Set(input.ids)]
    const previous = (await reviewService.listReviews(
      { id: ids },
      { select: ["id", "status", "rejection_reason", "moderated_at"] }
    )) as Previous[]
    const missing = ids.filter((id) => !previous.some((review) => review.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Reviews not found: ${missing.join(", ")}`)
    }
    const moderated_at = new Date()
    const reviews = await reviewService.updateReviews(
      ids.map((id) => ({
        id,
        status: input.status,
        rejection_reason: input.status === "rejected" ? input.reason ?? null : null,
        moderated_at,
      }))
    )
    return new StepResponse(reviews, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) {
      await (container.resolve(REVIEW_MODULE) as ReviewModuleService).updateReviews(previous)
    }
  }
)

/** Approves or rejects reviews in bulk, then emits `review.approved` or `review.rejected` for each. */
export const moderateReviewsWorkflow = createWorkflow("moderate-reviews", (input: ModerateReviewsWorkflowInput) => {
  const reviews = moderateReviewsStep(input)
  emitEventStep({
    eventName: transform({ input }, ({ input }) => (input.status === "approved" ? ReviewEvents.APPROVED : ReviewEvents.REJECTED)),
    data: transform({ reviews }, ({ reviews }) => reviews.map((review) => ({ id: review.id }))),
  })
  return new WorkflowResponse(reviews)
})
