import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listCategories } from "@/lib/data/categories"
import { getRegion } from "@/lib/data/regions"
import { pageDictionary } from "@/lib/i18n"
import { dealTrail } from "@/lib/seo/breadcrumbs"
import { breadcrumbJsonLd } from "@/lib/seo/json-ld"
import { listingPage, pageAlternates } from "@/lib/seo/urls"
import { parseDealFilters, type DealFilters, type SearchParams } from "@/lib/util/deal-filters"
import DealListingTemplate from "@/modules/deals/templates/deal-listing-template"
import JsonLd from "@/modules/seo/components/json-ld"

type Props = { params: Promise<{ locale: string; countryCode: string }>; searchParams: Promise<SearchParams> }

/**
 * The category this view stands for: only a listing of exactly one (known) category has a URL
 * of its own; searches, other filters and later pages point search engines to the plain listing.
 */
async function soleCategory(filters: DealFilters) {
  if (filters.categoryHandles.length !== 1) return undefined
  const categories = await listCategories().catch(() => [])
  return categories.find((category) => category.handle === filters.categoryHandles[0])
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ countryCode }, query, { locale, t }] = await Promise.all([params, searchParams, pageDictionary(params)])
  const category = await soleCategory(parseDealFilters(query))
  return {
    title: category ? `${category.name} · ${t.listing.title}` : t.listing.title,
    alternates: pageAlternates(listingPage(countryCode, category?.handle), locale),
  }
}

export default async function DealsPage({ params, searchParams }: Props) {
  const [{ countryCode }, query, { locale, t }] = await Promise.all([params, searchParams, pageDictionary(params)])
  const region = await getRegion(countryCode)
  if (!region) notFound()
  const filters = parseDealFilters(query)
  const category = await soleCategory(filters)
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(dealTrail({ countryCode, locale, t, category }))} />
      <DealListingTemplate
        countryCode={countryCode}
        locale={locale}
        t={t}
        region={{ id: region.id, currencyCode: region.currency_code }}
        filters={filters}
      />
    </>
  )
}
