import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { PageHeader } from "../../components/page-header"
import { ReviewsTable } from "../../components/reviews-table"
import { useReviewTranslation } from "../../lib/i18n"

/** The Reviews page: the moderation queue of verified-purchase reviews, and the merchant's replies. */
const ReviewsPage = () => {
  const { t } = useReviewTranslation()
  return (
    <Container className="flex flex-col overflow-hidden p-0" data-testid="reviews-page">
      <PageHeader title={t("reviewsTitle")} description={t("reviewsDescription")} />
      <ReviewsTable />
    </Container>
  )
}

// The label is a key of our i18n namespace (I18N_NAMESPACE), so the sidebar reads "Reviews" or
// "Avis". The admin's build reads `translationNs` statically: it must stay a string literal.
export const config = defineRouteConfig({
  label: "review.navReviews",
  translationNs: "comptoir",
  icon: Star,
})

export default ReviewsPage
