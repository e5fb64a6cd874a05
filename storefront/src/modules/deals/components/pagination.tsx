import Link from "next/link"
import type { Dictionary } from "@/lib/i18n"
import { dealFiltersQuery, type DealFilters } from "@/lib/util/deal-filters"

type Props = { basePath: string; filters: DealFilters; totalPages: number; t: Dictionary }

/** First, last and neighbouring pages of the current one, with gaps in between. */
function visiblePages(current: number, total: number): (number | "gap")[] {
  const pages: (number | "gap")[] = []
  for (let page = 1; page <= total; page++) {
    if (page === 1 || page === total || Math.abs(page - current) <= 1) pages.push(page)
    else if (pages.at(-1) !== "gap") pages.push("gap")
  }
  return pages
}

const item = "min-w-9 rounded-lg border px-3 py-1.5 text-center text-sm"

export default function Pagination({ basePath, filters, totalPages, t }: Props) {
  if (totalPages <= 1) return null
  const href = (page: number) => basePath + dealFiltersQuery({ ...filters, page })
  const current = filters.page

  return (
    <nav aria-label={t.listing.pagination} className="mt-10 flex flex-wrap items-center justify-center gap-2">
      {current > 1 && (
        <Link href={href(current - 1)} rel="prev" className={`${item} border-gray-300 bg-white`}>
          {t.listing.previous}
        </Link>
      )}
      {visiblePages(current, totalPages).map((page, index) =>
        page === "gap" ? (
          <span key={`gap-${index}`} className="px-1 text-gray-600">…</span>
        ) : (
          <Link
            key={page}
            href={href(page)}
            aria-current={page === current ? "page" : undefined}
            className={`${item} border-gray-300 bg-white aria-[current=page]:border-brand-500 aria-[current=page]:bg-brand-500 aria-[current=page]:text-white`}
          >
            {page}
          </Link>
        )
      )}
      {current < totalPages && (
        <Link href={href(current + 1)} rel="next" className={`${item} border-gray-300 bg-white`}>
          {t.listing.next}
        </Link>
      )}
    </nav>
  )
}
