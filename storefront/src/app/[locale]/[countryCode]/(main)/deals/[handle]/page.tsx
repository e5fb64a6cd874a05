import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getDeal } from "@/lib/data/deals"
import { getRegion } from "@/lib/data/regions"
import { listReviews } from "@/lib/data/reviews"
import { pageDictionary } from "@/lib/i18n"
import { dealTrail } from "@/lib/seo/breadcrumbs"
import { breadcrumbJsonLd, dealProductJsonLd } from "@/lib/seo/json-ld"
import { dealPage, pageAlternates, pageUrl } from "@/lib/seo/urls"
import DealTemplate from "@/modules/deals/templates/deal-template"
import JsonLd from "@/modules/seo/components/json-ld"

type Props = { params: Promise<{ locale: string; countryCode: string; handle: string }> }

// Cached per language, country and deal, rendered on first visit; the backend expires a deal's
// page when its price, stock count or reviews change (see /api/revalidate). The timer is a
// safety net, e.g. for a deal that ends without anyone touching it.
export const revalidate = 300
export const generateStaticParams = () => []

// generateMetadata and the page ask for the same deal: Next memoises the identical fetch.
async function loadDeal(params: Props["params"]) {
  const { countryCode, handle } = await params
  const region = await getRegion(countryCode)
  return region ? getDeal(handle, region.id) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ countryCode }, deal, { locale }] = await Promise.all([params, loadDeal(params), pageDictionary(params)])
  if (!deal) return {}
  const description = deal.subtitle ?? deal.description?.slice(0, 160) ?? undefined
  return {
    title: deal.title,
    description,
    alternates: pageAlternates(dealPage(countryCode, deal.handle), locale),
    openGraph: {
      title: deal.title,
      description,
      type: "website",
      images: deal.thumbnail ? [{ url: deal.thumbnail }] : undefined,
    },
  }
}

export default async function DealPage({ params }: Props) {
  const [{ countryCode }, deal, { locale, t }] = await Promise.all([params, loadDeal(params), pageDictionary(params)])
  if (!deal) notFound()
  const reviews = await listReviews(deal.product_id)
  const url = pageUrl(dealPage(countryCode, deal.handle), locale)
  const category = deal.categories[0]
  return (
    <>
      <JsonLd
        data={dealProductJsonLd(deal, url, {
          aggregateRating: deal.rating,
          reviews: reviews.reviews.map((review) => ({
            author: review.display_name ?? t.reviews.anonymous,
            rating: review.rating,
            title: review.title,
            body: review.body,
            date: review.created_at,
          })),
        })}
      />
      <JsonLd data={breadcrumbJsonLd(dealTrail({ countryCode, locale, t, category, deal }))} />
      <DealTemplate deal={deal} reviews={reviews} url={url} countryCode={countryCode} locale={locale} t={t} />
    </>
  )
}
