import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getRegion } from "@/lib/data/regions"
import { getDictionary } from "@/lib/i18n"
import { parseDealFilters, type SearchParams } from "@/lib/util/deal-filters"
import DealListingTemplate from "@/modules/deals/templates/deal-listing-template"

type Props = { params: Promise<{ countryCode: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.listing.title }
}

export default async function DealsPage({ params, searchParams }: Props) {
  const [{ countryCode }, query] = await Promise.all([params, searchParams])
  const region = await getRegion(countryCode)
  if (!region) notFound()
  return (
    <DealListingTemplate
      countryCode={countryCode}
      region={{ id: region.id, currencyCode: region.currency_code }}
      filters={parseDealFilters(query)}
    />
  )
}
