import { Suspense } from "react"
import { listCategories } from "@/lib/data/categories"
import { getDictionary } from "@/lib/i18n"
import type { DealFilters } from "@/lib/util/deal-filters"
import DealFiltersForm from "../components/deal-filters"
import { DealGridSkeleton } from "../components/deal-grid"
import DealResults from "../components/deal-results"

type Props = { countryCode: string; filters: DealFilters }

export default async function DealListingTemplate({ countryCode, filters }: Props) {
  const [{ locale, t }, categories] = await Promise.all([getDictionary(), listCategories()])
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="mb-6 text-3xl font-bold">{t.listing.title}</h1>
      <div className="grid items-start gap-8 lg:grid-cols-[260px_1fr]">
        <DealFiltersForm countryCode={countryCode} filters={filters} categories={categories} t={t} />
        {/* Keyed by the filters so that a new search shows the skeleton again. */}
        <Suspense key={JSON.stringify(filters)} fallback={<DealGridSkeleton />}>
          <DealResults countryCode={countryCode} filters={filters} categories={categories} locale={locale} t={t} />
        </Suspense>
      </div>
    </div>
  )
}
