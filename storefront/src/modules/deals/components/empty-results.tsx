import Link from "next/link"
import type { Dictionary } from "@/lib/i18n"
import { clearDealFilters, dealListingHref, hasDealFilters, type DealFilters } from "@/lib/util/deal-filters"

type Props = { countryCode: string; filters: DealFilters; t: Dictionary }

/** Nothing matches: a way back, clearing the filters (or the search when it is all there is). */
export default function EmptyResults({ countryCode, filters, t }: Props) {
  const filtered = hasDealFilters(filters)
  return (
    <div data-testid="deals-empty" className="rounded-xl border border-dashed border-gray-400 bg-white p-10 text-center">
      <p className="text-gray-700">{t.listing.empty}</p>
      <Link
        href={filtered ? dealListingHref(countryCode, clearDealFilters(filters)) : `/${countryCode}/deals`}
        data-testid="deals-empty-clear"
        className="mt-4 inline-block rounded-full bg-brand-800 px-5 py-2 text-sm font-semibold text-white hover:underline"
      >
        {filtered ? t.listing.clearFilters : t.listing.allDeals}
      </Link>
    </div>
  )
}
