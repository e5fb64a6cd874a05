"use server"

import { sdk } from "@/lib/config"
import { getDictionary } from "@/lib/i18n"
import { errorMessage, isClientError } from "@/lib/util/errors"
import type { SubmitReviewState } from "@/lib/util/review-form"
import type { StoreReviewListResponse, StoreReviewResponse, StoreReviewSort } from "@comptoir/http/review"
import { cacheTags, DEAL_DATA_TTL } from "./cache-tags"
import { getAuthHeaders } from "./cookies"

/** A product's approved reviews and rating summary. */
export async function listReviews(
  productId: string,
  { sort = "newest", limit = 10, offset = 0 }: { sort?: StoreReviewSort; limit?: number; offset?: number } = {}
): Promise<StoreReviewListResponse> {
  return sdk.client.fetch<StoreReviewListResponse>("/store/reviews", {
    query: { product_id: productId, sort, limit, offset },
    next: { tags: [cacheTags.reviews(productId)], revalidate: DEAL_DATA_TTL },
  })
}

/**
 * Sends the signed-in customer's review; the backend checks the purchase and the one review
 * per product. It stays pending until a merchant approves it, so no cached page changes now.
 */
export async function submitReview(_previous: SubmitReviewState, formData: FormData): Promise<SubmitReviewState> {
  const { t } = await getDictionary()
  const headers = await getAuthHeaders()
  if (!headers) return { status: "error", message: t.reviews.write.sessionExpired }
  const rating = Number(formData.get("rating"))
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return { status: "error", message: t.reviews.write.chooseRating }
  try {
    await sdk.client.fetch<StoreReviewResponse>("/store/reviews", {
      method: "POST",
      headers,
      body: {
        product_id: String(formData.get("productId") ?? ""),
        rating,
        title: String(formData.get("title") ?? ""),
        body: String(formData.get("body") ?? ""),
        show_name: formData.get("showName") === "on",
      },
    })
    return { status: "sent" }
  } catch (error) {
    if (isClientError(error) && error.status === 401) return { status: "error", message: t.reviews.write.sessionExpired }
    return { status: "error", message: errorMessage(error, t.errors.generic) }
  }
}
