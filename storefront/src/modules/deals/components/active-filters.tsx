import Link from "next/link"
import type { CategoryLink } from "@/lib/data/categories"
import type { Dictionary, Locale } from "@/lib/i18n"
import {
  changeDealFilters,
  clearDealFilters,
  dealListingHref,
  hasDealFilters,
  type DealFilters,
} from "@/lib/util/deal-filters"
import { formatPrice } from "@/lib/util/money"

type Props = {
  countryCode: string
  currencyCode: string
  filters: DealFilters
  categories: CategoryLink[]
  locale: Locale
  t: Dictionary
}

type Chip = { key: string; label: string; without: Partial<DealFilters> }

/** The search and filters in force, each removable, and a link clearing all filters. */
export default function ActiveFilters({ countryCode, currencyCode, filters, categories, locale, t }: Props) {
  const price = (amount: number) => formatPrice(amount, currencyCode, locale)
  const { q, categoryHandles, cities, minPrice, maxPrice } = filters
  const chips: Chip[] = [
    ...(q ? [{ key: "q", label: t.listing.searchChip(q), without: { q: undefined } }] : []),
    ...categoryHandles.map((handle) => ({
      key: `category-${handle}`,
      label: categories.find((c) => c.handle === handle)?.name ?? handle,
      without: { categoryHandles: categoryHandles.filter((h) => h !== handle) },
    })),
    ...cities.map((city) => ({
      key: `city-${city}`,
      label: city,
      without: { cities: cities.filter((c) => c !== city) },
    })),
    ...(minPrice !== undefined
      ? [{ key: "min", label: t.listing.minPriceChip(price(minPrice)), without: { minPrice: undefined } }]
      : []),
    ...(maxPrice !== undefined
      ? [{ key: "max", label: t.listing.maxPriceChip(price(maxPrice)), without: { maxPrice: undefined } }]
      : []),
  ]
  if (!chips.length) return null

  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul aria-label={t.listing.activeFilters} className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={dealListingHref(countryCode, changeDealFilters(filters, chip.without))}
              aria-label={t.listing.removeFilter(chip.label)}
              data-testid="active-filter"
              className="inline-flex items-center gap-1 rounded-full border border-brand-800 bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800 hover:bg-brand-100"
            >
              {chip.label}
              <span aria-hidden>×</span>
            </Link>
          </li>
        ))}
      </ul>
      {hasDealFilters(filters) && (
        <Link
          href={dealListingHref(countryCode, clearDealFilters(filters))}
          data-testid="active-filters-clear"
          className="text-sm text-gray-700 underline hover:text-gray-900"
        >
          {t.listing.clearFilters}
        </Link>
      )}
    </div>
  )
}
