import type { Dictionary, Locale } from "@/lib/i18n"
import type { StoreDealSummary } from "@comptoir/http/deal"
import DealCard from "./deal-card"

type Props = { deals: StoreDealSummary[]; countryCode: string; locale: Locale; t: Dictionary }

export default function DealGrid({ deals, countryCode, locale, t }: Props) {
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {deals.map((deal) => (
        <li key={deal.id} className="flex">
          <DealCard deal={deal} countryCode={countryCode} locale={locale} t={t} />
        </li>
      ))}
    </ul>
  )
}

/** Placeholder grid shown while deals load. */
export function DealGridSkeleton({ count = 6 }: { count?: number }) {
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3" aria-busy="true">
      {Array.from({ length: count }, (_, index) => (
        <li key={index} className="animate-pulse overflow-hidden rounded-xl border border-gray-200 bg-white">
          <div className="aspect-[4/3] bg-gray-200" />
          <div className="space-y-2 p-4">
            <div className="h-4 w-3/4 rounded bg-gray-200" />
            <div className="h-3 w-1/2 rounded bg-gray-200" />
            <div className="ml-auto h-5 w-1/3 rounded bg-gray-200" />
          </div>
        </li>
      ))}
    </ul>
  )
}
