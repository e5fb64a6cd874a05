import type { StoreCustomerReview, StoreReview, StoreReviewSort } from "../../../types/http/review"

/** The public face of a review: no customer or order id, no moderation notes. */
export function toStoreReview(review: Record<string, any>): StoreReview {
  return {
    id: review.id,
    rating: review.rating,
    title: review.title,
    body: review.body,
    display_name: review.display_name ?? null,
    verified_purchase: true,
    created_at: new Date(review.created_at).toISOString(),
    reply: review.reply ?? null,
    replied_at: review.replied_at ? new Date(review.replied_at).toISOString() : null,
  }
}

export const toStoreCustomerReview = (review: Record<string, any>): StoreCustomerReview => ({
  ...toStoreReview(review),
  status: review.status,
  product_id: review.product_id,
})

/** ORDER BY of each public sort; ties by newest then id so pages never overlap. */
export const REVIEW_ORDERS: Record<StoreReviewSort, Record<string, "ASC" | "DESC">> = {
  newest: { created_at: "DESC", id: "DESC" },
  highest: { rating: "DESC", created_at: "DESC", id: "DESC" },
  lowest: { rating: "ASC", created_at: "DESC", id: "DESC" },
}
