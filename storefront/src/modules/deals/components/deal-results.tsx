import { getDealListing } from "@/lib/data/deal-listing"
import type { Dictionary, Locale } from "@/lib/i18n"
import { PAGE_SIZE, type DealFilters, type ListingRegion } from "@/lib/util/deal-filters"
import ActiveFilters from "./active-filters"
import DealGrid from "./deal-grid"
import EmptyResults from "./empty-results"
import Pagination from "./pagination"

type Props = { countryCode: string; region: ListingRegion; filters: DealFilters; locale: Locale; t: Dictionary }

/** The deals matching the listing filters, with their count, the filters in force and page links. */
export default async function DealResults({ countryCode, region, filters, locale, t }: Props) {
  const { deals, count, approximate, error, categories } = await getDealListing(region.id, filters)
  const activeFilters = (
    <ActiveFilters
      countryCode={countryCode}
      currencyCode={region.currencyCode}
      filters={filters}
      categories={categories}
      locale={locale}
      t={t}
    />
  )

  if (error) {
    return (
      <section className="space-y-4">
        <p role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6 text-red-800">{error}</p>
        {activeFilters}
      </section>
    )
  }

  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {/* A heading: the cards' h3 titles need an h2 above them. */}
        <h2 data-testid="deals-count" className="text-sm font-semibold text-gray-700">{t.listing.results(count)}</h2>
        {activeFilters}
      </div>
      {approximate && filters.q && deals.length > 0 && (
        <p data-testid="deals-approximate" className="text-sm text-gray-700">{t.listing.approximate(filters.q)}</p>
      )}
      {deals.length ? (
        <DealGrid deals={deals} countryCode={countryCode} locale={locale} t={t} />
      ) : (
        <EmptyResults countryCode={countryCode} filters={filters} t={t} />
      )}
      <Pagination
        basePath={`/${countryCode}/deals`}
        filters={filters}
        totalPages={Math.ceil(count / PAGE_SIZE)}
        t={t}
      />
    </section>
  )
}
