import Link from "next/link"
import { getDealListing } from "@/lib/data/deal-listing"
import type { Dictionary, Locale } from "@/lib/i18n"
import { categoryFacetValues, cityFacetValues } from "@/lib/util/deal-facets"
import {
  changeDealFilters,
  clearDealFilters,
  dealListingHref,
  hasDealFilters,
  toggleValue,
  type DealFilters,
  type ListingRegion,
} from "@/lib/util/deal-filters"
import FacetList from "./facet-list"
import { fieldClass, legendClass } from "./filter-styles"
import PriceFilter from "./price-filter"
import SortSelect from "./sort-select"

type Props = { countryCode: string; region: ListingRegion; filters: DealFilters; locale: Locale; t: Dictionary }

/**
 * The listing's sidebar, usable without JavaScript: facet values are links to the listing with
 * that value added or removed, the rest is a GET form; both start again from page 1.
 */
export default async function DealFilterSidebar({ countryCode, region, filters, locale, t }: Props) {
  const { facets, categories } = await getDealListing(region.id, filters)
  const href = (change: Partial<DealFilters>) => dealListingHref(countryCode, changeDealFilters(filters, change))
  const categoryOptions = categoryFacetValues(facets, categories, filters.categoryHandles).map((option) => ({
    ...option,
    href: href({ categoryHandles: toggleValue(filters.categoryHandles, option.value) }),
  }))
  const cityOptions = cityFacetValues(facets, filters.cities).map((option) => ({
    ...option,
    href: href({ cities: toggleValue(filters.cities, option.value) }),
  }))

  return (
    <form
      action={`/${countryCode}/deals`}
      aria-label={t.listing.filters}
      data-testid="deal-filters"
      className="space-y-5 rounded-xl border border-gray-200 bg-white p-4"
    >
      <div>
        <label htmlFor="filter-q" className={legendClass}>{t.listing.search}</label>
        <input id="filter-q" data-testid="filter-q" type="search" name="q" defaultValue={filters.q} className={fieldClass} />
      </div>
      <FacetList legend={t.listing.categories} name="category" testId="facet-category" options={categoryOptions} t={t} />
      <FacetList legend={t.listing.cities} name="city" testId="facet-city" options={cityOptions} t={t} />
      <PriceFilter filters={filters} range={facets?.price ?? null} locale={locale} t={t} />
      <SortSelect filters={filters} t={t} />
      <div className="flex flex-wrap items-center gap-3">
        <button className="flex-1 rounded-lg bg-brand-800 px-4 py-2 text-sm font-semibold text-white hover:underline">
          {t.listing.apply}
        </button>
        {hasDealFilters(filters) && (
          <Link
            href={dealListingHref(countryCode, clearDealFilters(filters))}
            data-testid="filters-clear"
            className="text-sm text-gray-700 underline hover:text-gray-900"
          >
            {t.listing.clearFilters}
          </Link>
        )}
      </div>
    </form>
  )
}

/** Placeholder sidebar shown while the facets load. */
export function DealFilterSidebarSkeleton() {
  return (
    <div aria-busy="true" className="animate-pulse space-y-5 rounded-xl border border-gray-200 bg-white p-4">
      {[1, 5, 3, 2].map((rows, group) => (
        <div key={group} className="space-y-2">
          <div className="h-3 w-1/3 rounded bg-gray-200" />
          {Array.from({ length: rows }, (_, row) => (
            <div key={row} className="h-8 rounded bg-gray-100" />
          ))}
        </div>
      ))}
    </div>
  )
}
