// The admin reads the one HTTP contract of the review routes instead of restating it. Type-only
// exports, so nothing outside src/admin ends up in the admin bundle.
export type {
  AdminReview,
  AdminReviewListResponse,
  AdminReviewResponse,
  RatingSummary,
  ReviewStatus,
} from "../../types/http/review"
