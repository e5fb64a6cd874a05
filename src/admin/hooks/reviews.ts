import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { moderationBatches, type AdminReviewListParams } from "../lib/review-list-query"
import type { AdminReviewListResponse, AdminReviewResponse } from "../lib/review-types"
import { sdk } from "../lib/sdk"

/** Query keys of the review resource; every write invalidates `all`. */
export const reviewQueryKeys = {
  all: ["comptoir", "reviews"] as const,
  list: (params: AdminReviewListParams) => [...reviewQueryKeys.all, "list", params] as const,
  detail: (id: string) => [...reviewQueryKeys.all, "detail", id] as const,
  byProduct: (productId: string) => [...reviewQueryKeys.all, "product", productId] as const,
}

/** Reviews shown by the product widget. */
const PRODUCT_LATEST_REVIEWS = 3

/** A page of reviews for the Reviews table; the previous page stays shown while the next one loads. */
export function useReviews(params: AdminReviewListParams) {
  return useQuery({
    queryKey: reviewQueryKeys.list(params),
    queryFn: () => sdk.client.fetch<AdminReviewListResponse>("/admin/reviews", { query: params }),
    placeholderData: keepPreviousData,
  })
}

/** One review, fresh from the server (the table's row may be older). */
export function useReview(id: string | null) {
  return useQuery({
    queryKey: reviewQueryKeys.detail(id ?? ""),
    queryFn: async () => (await sdk.client.fetch<AdminReviewResponse>(`/admin/reviews/${id}`)).review,
    enabled: Boolean(id),
  })
}

/** A product's latest reviews of any status, its review count and its approved-review summary. */
export function useProductReviews(productId: string) {
  return useQuery({
    queryKey: reviewQueryKeys.byProduct(productId),
    queryFn: () =>
      sdk.client.fetch<AdminReviewListResponse>("/admin/reviews", {
        query: { product_id: productId, limit: PRODUCT_LATEST_REVIEWS, order: "-created_at" },
      }),
  })
}

function useInvalidateReviews() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: reviewQueryKeys.all })
}

export type ModerateReviewsInput = { ids: string[]; status: "approved" | "rejected"; reason?: string | null }

/** Approves or rejects reviews, 100 per request (the route's limit). */
export function useModerateReviews() {
  const invalidate = useInvalidateReviews()
  return useMutation({
    mutationFn: async ({ ids, ...rest }: ModerateReviewsInput) => {
      // One request per 100 reviews: each batch is all or none, batches are sent one after another.
      for (const batch of moderationBatches(ids)) {
        await sdk.client.fetch<AdminReviewListResponse>("/admin/reviews/moderate", {
          method: "POST",
          body: { ids: batch, ...rest },
        })
      }
    },
    onSuccess: invalidate,
  })
}

/** Sets the merchant's public reply to a review, or removes it with `null`. */
export function useReplyToReview() {
  const invalidate = useInvalidateReviews()
  return useMutation({
    mutationFn: ({ id, reply }: { id: string; reply: string | null }) =>
      sdk.client.fetch<AdminReviewResponse>(`/admin/reviews/${id}`, { method: "POST", body: { reply } }),
    onSuccess: invalidate,
  })
}
