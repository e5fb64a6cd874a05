import type { Dictionary } from "@/lib/i18n"
import { dealSortsFor, defaultDealSort, type DealFilters } from "@/lib/util/deal-filters"
import { fieldClass, legendClass } from "./filter-styles"

type Props = { filters: DealFilters; t: Dictionary }

/**
 * The sort, relevance only offered with a search. The default sort is sent empty, so that a
 * search typed into the same form gets relevance and an emptied one gets popularity back.
 */
export default function SortSelect({ filters, t }: Props) {
  const defaultSort = defaultDealSort(filters.q)
  const valueOf = (sort: DealFilters["sort"]) => (sort === defaultSort ? "" : sort)
  return (
    <div>
      <label htmlFor="filter-sort" className={legendClass}>{t.listing.sort}</label>
      <select id="filter-sort" data-testid="filter-sort" name="sort" defaultValue={valueOf(filters.sort)} className={fieldClass}>
        {dealSortsFor(filters.q).map((sort) => (
          <option key={sort} value={valueOf(sort)}>{t.listing.sorts[sort]}</option>
        ))}
      </select>
    </div>
  )
}
