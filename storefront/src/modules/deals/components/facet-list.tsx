import Link from "next/link"
import type { Dictionary } from "@/lib/i18n"
import type { FacetValue } from "@/lib/util/deal-facets"
import { legendClass } from "./filter-styles"

export type FacetOption = FacetValue & { href: string }

type Props = {
  legend: string
  /** The URL parameter: selected values are also hidden fields, so the form keeps them. */
  name: string
  testId: string
  options: FacetOption[]
  t: Dictionary
}

/** One facet of the sidebar: a link per value that selects or unselects it, with its count. */
export default function FacetList({ legend, name, testId, options, t }: Props) {
  if (!options.length) return null
  return (
    <fieldset>
      <legend className={legendClass}>{legend}</legend>
      <ul className="space-y-0.5">
        {options.map((option) => (
          <li key={option.value}>
            {option.selected && <input type="hidden" name={name} value={option.value} />}
            <Link
              href={option.href}
              // Every facet link is a distinct listing: prefetching them all would load the backend for nothing.
              prefetch={false}
              data-testid={testId}
              data-value={option.value}
              data-selected={option.selected}
              className={`flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-gray-900 hover:bg-gray-100 ${
                option.selected ? "font-semibold" : ""
              }`}
            >
              <span
                aria-hidden
                className={`flex h-4 w-4 shrink-0 items-center justify-center rounded border text-[10px] leading-none text-white ${
                  option.selected ? "border-brand-800 bg-brand-800" : "border-gray-600 bg-white"
                }`}
              >
                {option.selected ? "✓" : ""}
              </span>
              <span className="flex-1">{option.label}</span>
              {option.selected && <span className="sr-only">({t.listing.selected})</span>}
              {option.count !== null && (
                <>
                  <span aria-hidden data-testid="facet-count" className="text-xs tabular-nums text-gray-700">
                    {option.count}
                  </span>
                  <span className="sr-only">, {t.listing.results(option.count)}</span>
                </>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
