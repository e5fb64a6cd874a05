import type { Dictionary, Locale } from "@/lib/i18n"
import { formatPrice } from "@/lib/util/money"
import type { StoreDealDetail } from "@comptoir/http/deal"
import type { StoreReviewListResponse } from "@comptoir/http/review"
import AddToCartForm from "../components/add-to-cart-form"
import Countdown from "../components/countdown"
import DealDetails from "../components/deal-details"
import DealReviews from "../components/deal-reviews"
import DealSectionNav from "../components/deal-section-nav"
import DiscountBadge from "../components/discount-badge"
import Gallery from "../components/gallery"
import ShareButtons from "../components/share-buttons"
import Stars from "../components/stars"

type Props = {
  deal: StoreDealDetail
  reviews: StoreReviewListResponse
  /** The page's canonical URL, for the share links. */
  url: string
  countryCode: string
  locale: Locale
  t: Dictionary
}

/** The deal page: gallery and details, next to a sticky buying panel. */
export default function DealTemplate({ deal, reviews, url, countryCode, locale, t }: Props) {
  const { price } = deal
  const images = deal.images.length
    ? deal.images
    : deal.thumbnail
      ? [{ id: "thumbnail", url: deal.thumbnail }]
      : []
  // Only variants priced in this region can be bought here.
  const variants = deal.variants.flatMap((variant) =>
    variant.price
      ? [{ id: variant.id, label: `${variant.title} — ${formatPrice(variant.price.calculated_amount, variant.price.currency_code, locale)}` }]
      : []
  )
  const ratingText = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(deal.rating.average)
  const minQuantity = Math.max(1, deal.min_quantity)
  const maxQuantity = Math.max(minQuantity, deal.max_quantity ?? 10)

  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 lg:grid-cols-[minmax(0,1fr)_380px]">
      <div className="lg:col-start-1">
        <Gallery images={images} title={deal.title} thumbnailLabels={images.map((_, i) => t.deal.image(i + 1))} />
      </div>

      <aside className="space-y-4 rounded-2xl border border-gray-200 bg-white p-6 shadow-sm lg:sticky lg:top-24 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-start">
        {deal.categories.length > 0 && (
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-600">
            {deal.categories.map((category) => category.name).join(" · ")}
          </p>
        )}
        <h1 data-testid="deal-title" className="text-2xl font-bold leading-tight">{deal.title}</h1>
        {deal.subtitle && <p className="text-gray-600">{deal.subtitle}</p>}
        {deal.location?.city && <p className="text-sm text-gray-500">{deal.location.city}</p>}
        {deal.rating.count > 0 && (
          <a href="#avis" data-testid="deal-rating" className="inline-flex items-center gap-2 text-sm text-gray-800 hover:underline">
            <Stars rating={deal.rating.average} label={t.reviews.outOfFive(ratingText)} size="text-sm" />
            <span aria-hidden>{ratingText}</span>
            <span className="sr-only">{t.reviews.link(ratingText, deal.rating.count)}</span>
            <span aria-hidden>({deal.rating.count})</span>
          </a>
        )}

        {price ? (
          <div className="flex flex-wrap items-center gap-3">
            <DiscountBadge percent={price.discount_percent} locale={locale} testId="deal-discount-badge" />
            {price.discount_percent > 0 && (
              <span data-testid="deal-original-price" className="text-lg text-gray-500 line-through">
                {formatPrice(price.original_amount, price.currency_code, locale)}
              </span>
            )}
            <span data-testid="deal-price" className="text-3xl font-extrabold text-brand-600">
              {formatPrice(price.calculated_amount, price.currency_code, locale)}
            </span>
          </div>
        ) : (
          <p className="rounded-lg bg-gray-100 p-3 text-sm text-gray-600">{t.deal.unavailable}</p>
        )}

        <p data-testid="deal-bought" className="text-sm text-gray-500">{t.deal.bought(deal.bought_count)}</p>
        {deal.ends_at && (
          <Countdown
            endsAt={deal.ends_at}
            now={Date.now()}
            labels={{ endsIn: t.deal.endsIn, ended: t.deal.ended, units: t.deal.units }}
          />
        )}

        {price && variants.length > 0 && (
          <AddToCartForm
            countryCode={countryCode}
            variants={variants}
            defaultVariantId={variants.some((v) => v.id === price.variant_id) ? price.variant_id : variants[0].id}
            minQuantity={minQuantity}
            maxQuantity={maxQuantity}
            labels={{
              option: t.deal.option,
              quantity: t.deal.quantity,
              decrease: t.deal.decrease,
              increase: t.deal.increase,
              addToCart: t.deal.addToCart,
              adding: t.deal.adding,
              added: t.deal.added,
              viewCart: t.deal.viewCart,
            }}
          />
        )}
        <ShareButtons
          url={url}
          title={deal.title}
          labels={{ share: t.share.title, shareOn: t.share.on, copy: t.share.copy, copied: t.share.copied, more: t.share.more }}
        />
      </aside>

      <div className="space-y-6 lg:col-start-1">
        <DealSectionNav hasConditions={!!deal.conditions} reviewCount={reviews.summary.count} t={t} />
        <DealDetails deal={deal} t={t} />
        <DealReviews
          reviews={reviews}
          productId={deal.product_id}
          signInUrl={`/${countryCode}/account/login?next=${encodeURIComponent(`/${countryCode}/deals/${deal.handle}#avis`)}`}
          locale={locale}
          t={t}
        />
      </div>
    </div>
  )
}
