import type { StoreDealFacets } from "@comptoir/http/deal"
import type { CategoryLink } from "@/lib/data/categories"

/** One value of a facet as the sidebar offers it; `count` is null when the backend gave none. */
export type FacetValue = { value: string; label: string; count: number | null; selected: boolean }

/**
 * The values worth offering: those matching deals for the current query, plus the selected ones
 * (even without deals, so that they stay visible and can be removed).
 */
function offeredValues(values: FacetValue[], selected: string[], missing: (value: string) => FacetValue): FacetValue[] {
  const absent = selected.filter((value) => !values.some((v) => v.value === value)).map(missing)
  return [...values, ...absent].filter((v) => v.selected || v.count !== 0)
}

/** Categories with their counts; every category (without counts) when there are no facets. */
export function categoryFacetValues(
  facets: StoreDealFacets | null,
  categories: CategoryLink[],
  selectedHandles: string[]
): FacetValue[] {
  const values = facets
    ? facets.categories.map((c) => ({ value: c.handle, label: c.name, count: c.count }))
    : categories.map((c) => ({ value: c.handle, label: c.name, count: null }))
  return offeredValues(
    values.map((v) => ({ ...v, selected: selectedHandles.includes(v.value) })),
    selectedHandles,
    (handle) => ({
      value: handle,
      label: categories.find((c) => c.handle === handle)?.name ?? handle,
      count: facets ? 0 : null,
      selected: true,
    })
  )
}

/** Cities with their counts; only the selected ones when there are no facets. */
export function cityFacetValues(facets: StoreDealFacets | null, selectedCities: string[]): FacetValue[] {
  return offeredValues(
    (facets?.cities ?? []).map((c) => ({
      value: c.value,
      label: c.value,
      count: c.count,
      selected: selectedCities.includes(c.value),
    })),
    selectedCities,
    (city) => ({ value: city, label: city, count: facets ? 0 : null, selected: true })
  )
}
