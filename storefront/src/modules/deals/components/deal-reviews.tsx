import type { Dictionary, Locale } from "@/lib/i18n"
import type { StoreReviewListResponse } from "@comptoir/http/review"
import ReviewList from "./review-list"
import Stars from "./stars"
import WriteReview from "./write-review"

type Props = { reviews: StoreReviewListResponse; productId: string; signInUrl: string; locale: Locale; t: Dictionary }

const percent = (count: number, total: number) => (total ? Math.round((count / total) * 100) : 0)

/**
 * The reviews section: average, distribution per star and the latest approved reviews.
 * Review text is rendered as text (React escapes it), never as markup.
 */
export default function DealReviews({ reviews, productId, signInUrl, locale, t }: Props) {
  const { summary } = reviews
  const average = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(summary.average)
  return (
    <section id="avis" aria-labelledby="avis-title" className="scroll-mt-24 border-t border-gray-200 pt-6">
      <h2 id="avis-title" className="mb-4 text-xl font-bold">{t.reviews.title(summary.count)}</h2>
      {summary.count === 0 ? (
        <p data-testid="reviews-empty" className="text-gray-700">{t.reviews.empty}</p>
      ) : (
        <>
          <div className="mb-6 flex flex-wrap items-center gap-8">
            <div className="text-center">
              <p data-testid="reviews-average" className="text-4xl font-extrabold">{average}</p>
              <Stars rating={summary.average} label={t.reviews.outOfFive(average)} />
              <p className="text-sm text-gray-700">{t.reviews.count(summary.count)}</p>
            </div>
            <ul data-testid="reviews-distribution" className="min-w-56 flex-1 space-y-1 text-sm">
              {[5, 4, 3, 2, 1].map((star) => {
                const count = summary.distribution[star - 1]
                return (
                  <li key={star} className="flex items-center gap-2">
                    <span className="w-14 text-gray-700">{t.reviews.stars(star)}</span>
                    <span aria-hidden className="h-2 flex-1 overflow-hidden rounded-full bg-gray-200">
                      <span className="block h-full rounded-full bg-amber-500" style={{ width: `${percent(count, summary.count)}%` }} />
                    </span>
                    <span className="w-8 text-right tabular-nums text-gray-700">{count}</span>
                  </li>
                )
              })}
            </ul>
          </div>
          <ReviewList
            productId={productId}
            first={reviews}
            locale={locale}
            labels={{
              anonymous: t.reviews.anonymous,
              verified: t.reviews.verified,
              reply: t.reviews.reply,
              outOfFive: [1, 2, 3, 4, 5].map((stars) => t.reviews.outOfFive(String(stars))),
              sortLabel: t.reviews.sortLabel,
              sorts: t.reviews.sorts,
              more: t.reviews.more,
              loadFailed: t.reviews.loadFailed,
            }}
          />
        </>
      )}
      <p className="mt-4 text-sm text-gray-700">{t.reviews.whoCanReview}</p>
      <WriteReview productId={productId} signInUrl={signInUrl} labels={t.reviews.write} />
    </section>
  )
}
