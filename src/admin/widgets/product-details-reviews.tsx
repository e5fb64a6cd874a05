import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ReviewStars, ReviewStatusBadge, useFormatReviewDate } from "../components/review-cells"
import { useProductReviews } from "../hooks/reviews"
import { useReviewTranslation } from "../lib/i18n"
import { distributionRows, formatAverage } from "../lib/review-format"
import { reviewsPageUrl } from "../lib/review-list-query"
import type { AdminReview, RatingSummary } from "../lib/review-types"
import { WidgetLoadState } from "../components/widget-load-state"

/** A product's approved-review rating, its distribution and its latest reviews of any status. */
const ProductReviewsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useReviewTranslation()
  const { data, isPending, isError, error } = useProductReviews(product.id)
  const hasReviews = (data?.count ?? 0) > 0

  return (
    <Container className="divide-y p-0" data-testid="reviews-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">{t("widgetTitle")}</Heading>
        {hasReviews && (
          <Button size="small" variant="secondary" asChild>
            <Link to={reviewsPageUrl(product.id)} data-testid="reviews-widget-moderate">
              {t("moderate")}
            </Link>
          </Button>
        )}
      </div>
      {isError || isPending ? (
        <WidgetLoadState isError={isError} error={error} loadError={t("loadError")} unknownError={t("errorUnknown")} />
      ) : !data || !hasReviews ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="reviews-widget-empty">
          {t("widgetEmpty")}
        </Text>
      ) : (
        <>
          {data.summary && <RatingOverview summary={data.summary} />}
          <LatestReviews reviews={data.reviews} />
        </>
      )}
    </Container>
  )
}

function RatingOverview({ summary }: { summary: RatingSummary }) {
  const { t, language } = useReviewTranslation()
  if (summary.count === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="reviews-widget-no-approved">
        {t("widgetNoApproved")}
      </Text>
    )
  }
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="reviews-widget-summary">
      <div className="flex items-baseline gap-x-2">
        <Text size="xlarge" weight="plus" data-testid="reviews-widget-average">
          {t("widgetAverage", { average: formatAverage(summary.average, language) })}
        </Text>
        <ReviewStars rating={summary.average} />
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {t("widgetCount", { count: summary.count })}
      </Text>
      <ul className="flex flex-col gap-y-1" aria-label={t("widgetDistribution")}>
        {distributionRows(summary).map(({ stars, count, percent }) => (
          <li key={stars} className="grid grid-cols-[3rem_1fr_2rem] items-center gap-x-2" title={`${percent}%`}>
            <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">{`${stars} ★`}</Text>
            <div className="bg-ui-bg-component shadow-borders-base h-2 overflow-hidden rounded-full">
              <div className="bg-ui-tag-orange-icon h-full" style={{ width: `${percent}%` }} />
            </div>
            <Text size="xsmall" className="text-ui-fg-subtle text-right">
              {count}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  )
}

function LatestReviews({ reviews }: { reviews: AdminReview[] }) {
  const { t } = useReviewTranslation()
  const formatDate = useFormatReviewDate()
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="reviews-widget-latest">
      <Text size="small" weight="plus">
        {t("widgetLatest")}
      </Text>
      {reviews.map((review) => (
        <div key={review.id} className="flex flex-col gap-y-1">
          <div className="flex items-center justify-between gap-x-2">
            <ReviewStars rating={review.rating} />
            <ReviewStatusBadge status={review.status} />
          </div>
          <Text size="small" weight="plus" className="truncate">
            {review.title}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle line-clamp-2 break-words">
            {review.body}
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted">
            {formatDate(review.created_at)}
          </Text>
        </div>
      ))}
    </div>
  )
}

// Beside the product's main column, where the deal widget ("product.details.after") sits.
export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductReviewsWidget
