import type { StoreDealFacets } from "@comptoir/http/deal"
import type { Dictionary, Locale } from "@/lib/i18n"
import type { DealFilters } from "@/lib/util/deal-filters"
import { formatPrice } from "@/lib/util/money"
import { fieldClass, legendClass } from "./filter-styles"

type Props = { filters: DealFilters; range: StoreDealFacets["price"]; locale: Locale; t: Dictionary }

const HINT_ID = "filter-price-range"

type PriceInputProps = {
  name: "min_price" | "max_price"
  label: string
  value: number | undefined
  placeholder: number | undefined
}

function PriceInput({ name, label, value, placeholder }: PriceInputProps) {
  const id = `filter-${name.replace("_", "-")}`
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs text-gray-700">{label}</label>
      <input
        id={id}
        data-testid={id}
        type="number"
        name={name}
        min={0}
        step="any"
        inputMode="decimal"
        defaultValue={value}
        placeholder={placeholder === undefined ? undefined : String(placeholder)}
        aria-describedby={placeholder === undefined ? undefined : HINT_ID}
        className={fieldClass}
      />
    </div>
  )
}

/** Min and max price, with the price range of the current results as placeholders and hint. */
export default function PriceFilter({ filters, range, locale, t }: Props) {
  // Bounds rounded outwards, so that "from 9 €" does not hide a deal at 9,90 €.
  const bounds = range && { min: Math.floor(range.min), max: Math.ceil(range.max), currency: range.currency_code }
  const format = (amount: number, currency: string) => formatPrice(amount, currency, locale, { wholeUnits: true })

  return (
    <fieldset>
      <legend className={legendClass}>{t.listing.price}</legend>
      <div className="grid grid-cols-2 gap-2">
        <PriceInput name="min_price" label={t.listing.minPrice} value={filters.minPrice} placeholder={bounds?.min} />
        <PriceInput name="max_price" label={t.listing.maxPrice} value={filters.maxPrice} placeholder={bounds?.max} />
      </div>
      {bounds && (
        <p id={HINT_ID} data-testid="price-range" className="mt-1 text-xs text-gray-700">
          {t.listing.priceRange(format(bounds.min, bounds.currency), format(bounds.max, bounds.currency))}
        </p>
      )}
    </fieldset>
  )
}
