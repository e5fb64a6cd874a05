/**
 * Events of the review capability, payload `{ id: string }` (the review id), for
 * subscribers and outgoing webhooks. `review.replied`: the merchant's public reply was
 * set or removed.
 */
export const ReviewEvents = {
  CREATED: "review.created",
  APPROVED: "review.approved",
  REJECTED: "review.rejected",
  REPLIED: "review.replied",
} as const
