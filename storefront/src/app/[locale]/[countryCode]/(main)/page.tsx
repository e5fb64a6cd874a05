import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { Suspense } from "react"
import { getRegion } from "@/lib/data/regions"
import { pageDictionary } from "@/lib/i18n"
import { organizationJsonLd, webSiteJsonLd } from "@/lib/seo/json-ld"
import { homePage, listingPage, pageAlternates, pageUrl } from "@/lib/seo/urls"
import CategoryList, { CategoryListSkeleton } from "@/modules/home/components/category-list"
import DealOfTheDay, { DealOfTheDaySkeleton } from "@/modules/home/components/deal-of-the-day"
import FeaturedDeals, { FeaturedDealsSkeleton } from "@/modules/home/components/featured-deals"
import Hero from "@/modules/home/components/hero"
import HowItWorks from "@/modules/home/components/how-it-works"
import JsonLd from "@/modules/seo/components/json-ld"

type Props = { params: Promise<{ locale: string; countryCode: string }> }

// Cached per language and country, rendered on first visit (none at build time, when no backend
// runs); the backend expires it on demand (see /api/revalidate), the timer is only a safety net.
export const revalidate = 300
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ countryCode }, { locale }] = await Promise.all([params, pageDictionary(params)])
  return { alternates: pageAlternates(homePage(countryCode), locale) }
}

export default async function HomePage({ params }: Props) {
  const { countryCode } = await params
  const [{ locale, t }, region] = await Promise.all([pageDictionary(params), getRegion(countryCode)])
  if (!region) notFound()
  const sectionProps = { countryCode, regionId: region.id, locale, t }
  const homeUrl = pageUrl(homePage(countryCode), locale)

  return (
    <>
      {/* The app icon doubles as the logo: a raster image, as search engines prefer. */}
      <JsonLd data={organizationJsonLd({ url: homeUrl, logo: pageUrl({ path: "/apple-icon.png" }) })} />
      <JsonLd data={webSiteJsonLd({ url: homeUrl, searchUrl: pageUrl(listingPage(countryCode), locale) })} />
      <Hero countryCode={countryCode} t={t} />
      <Suspense fallback={<DealOfTheDaySkeleton />}>
        <DealOfTheDay {...sectionProps} />
      </Suspense>
      <Suspense fallback={<FeaturedDealsSkeleton t={t} />}>
        <FeaturedDeals {...sectionProps} />
      </Suspense>
      <section className="mx-auto max-w-6xl px-4 pt-12">
        <h2 className="mb-4 text-2xl font-bold">{t.home.categories}</h2>
        <Suspense fallback={<CategoryListSkeleton />}>
          <CategoryList countryCode={countryCode} />
        </Suspense>
      </section>
      <HowItWorks t={t} />
    </>
  )
}
