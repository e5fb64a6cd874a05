// HTTP contract of the review routes, shared by the routes, the admin and the storefront.

export type ReviewStatus = "pending" | "approved" | "rejected"
export type StoreReviewSort = "newest" | "highest" | "lowest"

/** Average (one decimal), count and reviews per star (index 0 = 1 star … 4 = 5 stars) of approved reviews. */
export type RatingSummary = {
  average: number
  count: number
  distribution: [number, number, number, number, number]
}

/** A public review: always a verified purchase; text is plain text, never markup. */
export type StoreReview = {
  id: string
  rating: number
  title: string
  body: string
  /** "Amina B.", or null when the customer chose not to show a name. */
  display_name: string | null
  verified_purchase: true
  created_at: string
  reply: string | null
  replied_at: string | null
}

export type StoreReviewListResponse = {
  reviews: StoreReview[]
  count: number
  offset: number
  limit: number
  summary: RatingSummary
}

/** The customer's own review as just submitted (pending moderation). */
export type StoreCustomerReview = StoreReview & { status: ReviewStatus; product_id: string }
export type StoreReviewResponse = { review: StoreCustomerReview }

/** Whether the signed-in customer may review a product, and if not why. */
export type StoreReviewEligibility = {
  can_review: boolean
  reason: "not_purchased" | "already_reviewed" | null
}
export type StoreReviewEligibilityResponse = { eligibility: StoreReviewEligibility }

export type AdminReview = {
  id: string
  product_id: string
  customer_id: string
  order_id: string
  rating: number
  title: string
  body: string
  display_name: string | null
  status: ReviewStatus
  rejection_reason: string | null
  moderated_at: string | null
  reply: string | null
  replied_at: string | null
  created_at: string
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  customer: { id: string; email: string; first_name: string | null; last_name: string | null } | null
}

export type AdminReviewListResponse = {
  reviews: AdminReview[]
  count: number
  offset: number
  limit: number
  /** With exactly one `product_id` filter: that product's approved-review summary. */
  summary?: RatingSummary
}
export type AdminReviewResponse = { review: AdminReview }
