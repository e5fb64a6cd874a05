import { Suspense } from "react"
import type { Dictionary, Locale } from "@/lib/i18n"
import { dealFiltersQuery, type DealFilters, type ListingRegion } from "@/lib/util/deal-filters"
import DealFilterSidebar, { DealFilterSidebarSkeleton } from "../components/deal-filters"
import { DealGridSkeleton } from "../components/deal-grid"
import DealResults from "../components/deal-results"

type Props = { countryCode: string; region: ListingRegion; filters: DealFilters; locale: Locale; t: Dictionary }

/** The listing: facets and filters beside the matching deals, both from one backend answer. */
export default function DealListingTemplate({ countryCode, region, filters, locale, t }: Props) {
  const listing = { countryCode, region, filters, locale, t }
  // Keyed by the filters: a new selection shows the skeletons again and remounts the form,
  // whose inputs only take their default values on mount.
  const key = dealFiltersQuery(filters)
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="mb-6 text-3xl font-bold">{t.listing.title}</h1>
      <div className="grid items-start gap-8 lg:grid-cols-[260px_1fr]">
        <Suspense key={`filters${key}`} fallback={<DealFilterSidebarSkeleton />}>
          <DealFilterSidebar {...listing} />
        </Suspense>
        <Suspense key={`results${key}`} fallback={<DealGridSkeleton />}>
          <DealResults {...listing} />
        </Suspense>
      </div>
    </div>
  )
}
