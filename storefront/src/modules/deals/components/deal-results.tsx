import { notFound } from "next/navigation"
import type { CategoryLink } from "@/lib/data/categories"
import { listDeals } from "@/lib/data/deals"
import { getRegion } from "@/lib/data/regions"
import type { Dictionary, Locale } from "@/lib/i18n"
import { PAGE_SIZE, type DealFilters } from "@/lib/util/deal-filters"
import { isClientError } from "@/lib/util/errors"
import type { StoreDealListResponse } from "@/types/deal"
import DealGrid from "./deal-grid"
import Pagination from "./pagination"

type Props = {
  countryCode: string
  filters: DealFilters
  categories: CategoryLink[]
  locale: Locale
  t: Dictionary
}

/** The deals matching the listing filters, with their count and page links. */
export default async function DealResults({ countryCode, filters, categories, locale, t }: Props) {
  const region = await getRegion(countryCode)
  if (!region) notFound()
  const category = categories.find((c) => c.handle === filters.category)

  let response: Pick<StoreDealListResponse, "deals" | "count">
  try {
    response = filters.category && !category
      ? { deals: [], count: 0 } // an unknown category matches nothing
      : await listDeals({
          region_id: region.id,
          q: filters.q,
          category_id: category?.id,
          min_price: filters.minPrice,
          max_price: filters.maxPrice,
          sort: filters.sort,
          limit: PAGE_SIZE,
          offset: (filters.page - 1) * PAGE_SIZE,
        })
  } catch (error) {
    if (!isClientError(error)) throw error
    return (
      <p role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6 text-red-700">
        {error.message}
      </p>
    )
  }

  const { deals, count } = response
  return (
    <section>
      <p className="mb-4 text-sm text-gray-500">{t.listing.results(count)}</p>
      {deals.length ? (
        <DealGrid deals={deals} countryCode={countryCode} locale={locale} t={t} />
      ) : (
        <p data-testid="deals-empty" className="rounded-xl border border-dashed border-gray-300 bg-white p-10 text-center text-gray-500">
          {t.listing.empty}
        </p>
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
