/**
 * Events of the review capability, payload `{ id: string }` (the review id), for
 * subscribers and outgoing webhooks.
 */
export const ReviewEvents = {
  CREATED: "review.created",
  APPROVED: "review.approved",
  REJECTED: "review.rejected",
} as const
