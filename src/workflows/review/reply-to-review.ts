import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { REVIEW_MODULE } from "../../modules/review"
import { ReviewEvents } from "../../modules/review/events"
import type ReviewModuleService from "../../modules/review/service"

export type ReplyToReviewWorkflowInput = { id: string; reply: string | null }

const replyToReviewStep = createStep(
  "reply-to-review",
  async (input: ReplyToReviewWorkflowInput, { container }) => {
    const reviewService: ReviewModuleService = container.resolve(REVIEW_MODULE)
    const before = await reviewService.retrieveReview(input.id, { select: ["id", "reply", "replied_at"] })
    const review = await reviewService.updateReviews({ id: input.id, reply: input.reply, replied_at: input.reply ? new Date() : null })
    return new StepResponse(review, { id: before.id, reply: before.reply, replied_at: before.replied_at })
  },
  async (before, { container }) => {
    if (before) await (container.resolve(REVIEW_MODULE) as ReviewModuleService).updateReviews(before)
  }
)

/** Sets (or with `null` removes) the merchant's public reply under a review, then emits `review.replied`. */
export const replyToReviewWorkflow = createWorkflow("reply-to-review", (input: ReplyToReviewWorkflowInput) => {
  const review = replyToReviewStep(input)
  emitEventStep({ eventName: ReviewEvents.REPLIED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(review)
})
