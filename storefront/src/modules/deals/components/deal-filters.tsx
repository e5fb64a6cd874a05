import Link from "next/link"
import type { CategoryLink } from "@/lib/data/categories"
import type { Dictionary } from "@/lib/i18n"
import { DEAL_SORTS, type DealFilters } from "@/lib/util/deal-filters"

type Props = { countryCode: string; filters: DealFilters; categories: CategoryLink[]; t: Dictionary }

const field = "w-full rounded-lg border border-gray-300 bg-white px-3 py-2 text-sm outline-none focus:border-brand-500"
const label = "mb-1 block text-xs font-semibold uppercase tracking-wide text-gray-500"

/** Listing filters as a plain GET form: submitting it starts again from page 1. */
export default function DealFiltersForm({ countryCode, filters, categories, t }: Props) {
  return (
    <form action={`/${countryCode}/deals`} className="space-y-4 rounded-xl border border-gray-200 bg-white p-4">
      <div>
        <label htmlFor="filter-q" className={label}>{t.listing.search}</label>
        <input id="filter-q" type="search" name="q" defaultValue={filters.q} className={field} />
      </div>
      <div>
        <label htmlFor="filter-category" className={label}>{t.listing.category}</label>
        <select id="filter-category" name="category" defaultValue={filters.category ?? ""} className={field}>
          <option value="">{t.listing.allCategories}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.handle}>{category.name}</option>
          ))}
        </select>
      </div>
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor="filter-min" className={label}>{t.listing.minPrice}</label>
          <input id="filter-min" type="number" name="min_price" min={0} step="any" defaultValue={filters.minPrice} className={field} />
        </div>
        <div>
          <label htmlFor="filter-max" className={label}>{t.listing.maxPrice}</label>
          <input id="filter-max" type="number" name="max_price" min={0} step="any" defaultValue={filters.maxPrice} className={field} />
        </div>
      </div>
      <div>
        <label htmlFor="filter-sort" className={label}>{t.listing.sort}</label>
        <select id="filter-sort" name="sort" defaultValue={filters.sort} className={field}>
          {DEAL_SORTS.map((sort) => (
            <option key={sort} value={sort}>{t.listing.sorts[sort]}</option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-3">
        <button className="flex-1 rounded-lg bg-brand-500 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-600">
          {t.listing.apply}
        </button>
        <Link href={`/${countryCode}/deals`} className="text-sm text-gray-500 hover:text-gray-900">
          {t.listing.reset}
        </Link>
      </div>
    </form>
  )
}
