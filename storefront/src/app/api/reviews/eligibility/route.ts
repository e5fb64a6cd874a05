import type { StoreReviewEligibilityResponse } from "@comptoir/http/review"
import { sdk } from "@/lib/config"
import { getAuthHeaders } from "@/lib/data/cookies"
import { isClientError } from "@/lib/util/errors"
import type { ReviewEligibilityState } from "@/lib/util/review-form"

const answer = (body: ReviewEligibilityState | { message: string }, status = 200) =>
  Response.json(body, { status, headers: { "cache-control": "private, no-store" } })

/**
 * Whether the visitor may review a product: asked by the browser, because the deal page around
 * the "Écrire un avis" button is the same cached page for everyone.
 */
export async function GET(request: Request) {
  const productId = new URL(request.url).searchParams.get("product_id")
  if (!productId || !/^[A-Za-z0-9_]{1,100}$/.test(productId)) return answer({ message: "product_id is required." }, 400)
  const headers = await getAuthHeaders()
  if (!headers) return answer({ signed_in: false })
  try {
    const { eligibility } = await sdk.client.fetch<StoreReviewEligibilityResponse>("/store/reviews/eligibility", {
      query: { product_id: productId },
      headers,
      cache: "no-store",
    })
    return answer({ signed_in: true, eligibility })
  } catch (error) {
    // An expired token is a signed-out visitor; a bad product id is the caller's mistake.
    if (isClientError(error)) return error.status === 401 ? answer({ signed_in: false }) : answer({ message: error.message }, error.status)
    throw error
  }
}
