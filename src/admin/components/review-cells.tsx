import { StatusBadge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useApiDateFormatter } from "../lib/date-format"
import { useReviewTranslation, type ReviewMessageKey } from "../lib/i18n"
import { formatStars, reviewAuthor, reviewExcerpt } from "../lib/review-format"
import type { AdminReview, ReviewStatus } from "../lib/review-types"
import { ProductThumbnailCell } from "./product-thumbnail-cell"

const statusBadge: Record<ReviewStatus, { label: ReviewMessageKey; color: "orange" | "green" | "red" }> = {
  pending: { label: "statusPending", color: "orange" },
  approved: { label: "statusApproved", color: "green" },
  rejected: { label: "statusRejected", color: "red" },
}

/** The moderation status of a review: pending orange, approved green, rejected red. */
export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useReviewTranslation()
  const { label, color } = statusBadge[status]
  return (
    <StatusBadge color={color} data-testid="review-status" data-status={status}>
      {t(label)}
    </StatusBadge>
  )
}

/** A rating as five stars, read out as "4 stars out of 5". */
export function ReviewStars({ rating }: { rating: number }) {
  const { t } = useReviewTranslation()
  const label = t("ratingLabel", { count: rating })
  return (
    <span className="text-ui-tag-orange-icon whitespace-nowrap tracking-tight" role="img" aria-label={label} title={label}>
      {formatStars(rating)}
    </span>
  )
}

/** A review's product, linking to its page (the click does not open the review). */
export function ReviewProductCell({ review }: { review: AdminReview }) {
  const { t } = useReviewTranslation()
  return (
    <Link
      to={`/products/${review.product_id}`}
      onClick={(event) => event.stopPropagation()}
      className="hover:text-ui-fg-interactive block max-w-[220px] overflow-hidden"
    >
      <ProductThumbnailCell product={review.product} untitled={t("untitled")} />
    </Link>
  )
}

/** A review's title and the start of its text, as plain text. */
export function ReviewTextCell({ review }: { review: AdminReview }) {
  return (
    <div className="flex max-w-[360px] flex-col overflow-hidden">
      <Text size="small" weight="plus" leading="compact" className="truncate">
        {review.title}
      </Text>
      <Text size="small" leading="compact" className="text-ui-fg-subtle truncate">
        {reviewExcerpt(review.body)}
      </Text>
    </div>
  )
}

/** Who wrote a review: the name shown on the storefront, else the customer's email. */
export function ReviewAuthorCell({ review }: { review: AdminReview }) {
  const { t } = useReviewTranslation()
  const author = reviewAuthor(review)
  return <span className={author ? "truncate" : "text-ui-fg-muted"}>{author ?? t("anonymous")}</span>
}

/** Formats a date of the API in the admin's language, "—" for none. */
export function useFormatReviewDate() {
  const { t, language } = useReviewTranslation()
  return useApiDateFormatter(language, t("none"))
}

/** A date of the review list, in the admin's language. */
export function ReviewDateCell({ iso }: { iso: string | null }) {
  const formatDate = useFormatReviewDate()
  return <span className={iso ? "whitespace-nowrap" : "text-ui-fg-muted"}>{formatDate(iso)}</span>
}
