import type { Metadata } from "next"
import Link from "next/link"
import { listRegions } from "@/lib/data/regions"
import { requireCustomer } from "@/lib/data/require-customer"
import { pageDictionary } from "@/lib/i18n"
import { initialAddressFormValues } from "@/lib/util/address-form"
import AddressCard from "@/modules/account/components/address-card"
import AddressForm from "@/modules/account/components/address-form"
import type { CountryChoice } from "@/modules/checkout/components/address-fields"

type Query = { edit?: string | string[]; new?: string | string[]; notice?: string | string[] }
type Props = { params: Promise<{ locale: string; countryCode: string }>; searchParams: Promise<Query> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.accountArea.addresses.title }
}

/**
 * "Adresses": the customer's address book. Adding (`?new=1`) and editing (`?edit=<id>`) are
 * pages of their own, so that one form at most is shown and everything works without JavaScript.
 */
export default async function AccountAddressesPage({ params, searchParams }: Props) {
  const [{ countryCode }, query, { locale, t }] = await Promise.all([params, searchParams, pageDictionary(params)])
  const [customer, regions] = await Promise.all([requireCustomer(countryCode, "/addresses"), listRegions()])
  const strings = t.accountArea.addresses
  const basePath = `/${countryCode}/account/addresses`
  const addresses = customer.addresses ?? []

  // Every country the shop sells to: an address book serves all regions.
  const countryNames = new Intl.DisplayNames([locale], { type: "region" })
  const codes = [...new Set(regions.flatMap((region) => region.countries?.flatMap((country) => country.iso_2 ?? []) ?? []))]
  const countries: CountryChoice[] = codes
    .map((code) => ({ code, name: countryNames.of(code.toUpperCase()) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))

  const editing = addresses.find((address) => address.id === query.edit)
  const adding = !editing && (query.new === "1" || addresses.length === 0)
  const notice = query.notice === "saved" ? strings.saved : query.notice === "deleted" ? strings.deleted : null
  const formLabels = { fields: t.checkout.address, form: strings }

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{strings.title}</h1>
          <p className="mt-2 text-gray-700">{strings.intro}</p>
        </div>
        {!adding && (
          <Link href={`${basePath}?new=1`} data-testid="address-add" className="rounded-full bg-brand-500 px-5 py-2 font-semibold text-white hover:bg-brand-600">
            {strings.add}
          </Link>
        )}
      </header>

      {notice && (
        <p role="status" data-testid="address-notice" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800">{notice}</p>
      )}

      {editing && (
        <AddressForm
          key={editing.id}
          countryCode={countryCode}
          addressId={editing.id}
          initialValues={initialAddressFormValues(editing)}
          countries={countries}
          cancelHref={basePath}
          labels={formLabels}
        />
      )}
      {adding && (
        <AddressForm
          countryCode={countryCode}
          initialValues={initialAddressFormValues({
            first_name: customer.first_name,
            last_name: customer.last_name,
            phone: customer.phone,
            country_code: codes.includes(countryCode) ? countryCode : codes[0],
            // The first address is where the customer lives: the default for both.
            is_default_shipping: addresses.length === 0,
            is_default_billing: addresses.length === 0,
          })}
          countries={countries}
          cancelHref={addresses.length ? basePath : undefined}
          labels={formLabels}
        />
      )}

      {addresses.length === 0 ? (
        <p data-testid="addresses-empty" className="text-gray-600">{strings.empty}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {addresses.map((address) => (
            <AddressCard key={address.id} address={address} countryCode={countryCode} editHref={`${basePath}?edit=${address.id}`} locale={locale} t={t} />
          ))}
        </ul>
      )}
    </div>
  )
}
