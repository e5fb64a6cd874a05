import type { Dictionary } from "@/lib/i18n"
import type { AddressField, AddressValues, CheckoutErrors } from "@/lib/util/checkout-form"
import TextField, { inputClass } from "./text-field"

/** A country of the cart's region, named in the visitor's language. */
export type CountryChoice = { code: string; name: string }

type Props = {
  prefix: "billing" | "shipping"
  values: AddressValues
  errors: CheckoutErrors
  countries: CountryChoice[]
  labels: Dictionary["checkout"]["address"]
  /** Browser-side checks too; off for the delivery address, hidden while "same as billing" is ticked. */
  required: boolean
}

const AUTOCOMPLETE: Record<AddressField, string> = {
  first_name: "given-name",
  last_name: "family-name",
  company: "organization",
  address_1: "address-line1",
  address_2: "address-line2",
  postal_code: "postal-code",
  city: "address-level2",
  country_code: "country",
  phone: "tel",
}

const OPTIONAL: readonly AddressField[] = ["company", "address_2", "phone"]

/** Name, street, postcode, city, country (the region's only) and phone of one address. */
export default function AddressFields({ prefix, values, errors, countries, labels, required }: Props) {
  const text = (field: AddressField, className = "") => (
    <div className={className}>
      <TextField
        name={`${prefix}.${field}`}
        label={labels[field]}
        type={field === "phone" ? "tel" : "text"}
        defaultValue={values[field]}
        error={errors[`${prefix}.${field}`]}
        required={required && !OPTIONAL.includes(field)}
        autoComplete={`${prefix} ${AUTOCOMPLETE[field]}`}
        testId={`${prefix}-${field}`}
      />
    </div>
  )
  const countryError = errors[`${prefix}.country_code`]
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {text("first_name")}
      {text("last_name")}
      {text("company", "sm:col-span-2")}
      {text("address_1", "sm:col-span-2")}
      {text("address_2", "sm:col-span-2")}
      {text("postal_code")}
      {text("city")}
      <div>
        <label htmlFor={`${prefix}-country_code`} className="mb-1 block text-sm font-medium">{labels.country_code}</label>
        <select
          id={`${prefix}-country_code`}
          name={`${prefix}.country_code`}
          defaultValue={values.country_code}
          required={required}
          autoComplete={`${prefix} ${AUTOCOMPLETE.country_code}`}
          aria-invalid={!!countryError}
          className={inputClass}
          data-testid={`${prefix}-country_code`}
        >
          {countries.map((country) => (
            <option key={country.code} value={country.code}>{country.name}</option>
          ))}
        </select>
        {countryError && <p data-testid={`${prefix}-country_code-error`} className="mt-1 text-sm text-deal-500">{countryError}</p>}
      </div>
      {text("phone")}
    </div>
  )
}
