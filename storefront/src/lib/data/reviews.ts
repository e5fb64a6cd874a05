"use server"

import { sdk } from "@/lib/config"
import type { StoreReviewListResponse, StoreReviewSort } from "@comptoir/http/review"

// Approved reviews change when a merchant moderates: a minute of staleness is acceptable.
const REVIEWS_CACHE = { tags: ["reviews"], revalidate: 60 }

/** A product's approved reviews and rating summary. */
export async function listReviews(
  productId: string,
  { sort = "newest", limit = 10, offset = 0 }: { sort?: StoreReviewSort; limit?: number; offset?: number } = {}
): Promise<StoreReviewListResponse> {
  return sdk.client.fetch<StoreReviewListResponse>("/store/reviews", {
    query: { product_id: productId, sort, limit, offset },
    next: REVIEWS_CACHE,
  })
}
