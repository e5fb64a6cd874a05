import type { StoreReviewEligibility } from "@comptoir/http/review"

/** Limits of POST /store/reviews, checked in the form before the backend refuses. */
export const REVIEW_TITLE_MAX = 120
export const REVIEW_BODY_MAX = 4000

/** GET /api/reviews/eligibility: whether the visitor is signed in, and may review the product. */
export type ReviewEligibilityState = { signed_in: false } | { signed_in: true; eligibility: StoreReviewEligibility }

export type SubmitReviewState = { status: "sent" } | { status: "error"; message: string } | null
