import Link from "next/link"
import { listRegions } from "@/lib/data/regions"
import type { Dictionary, Locale } from "@/lib/i18n"
import CartLink from "./cart-link"
import CountrySwitch from "./country-switch"
import LocaleToggle from "./locale-toggle"

/** Site header: logo, search, deals link, account link, cart, country and language switches. */
export default async function Header({ countryCode, locale, t }: { countryCode: string; locale: Locale; t: Dictionary }) {
  const regions = await listRegions()
  const countries = regions.flatMap((region) =>
    (region.countries ?? []).flatMap((country) =>
      country.iso_2 ? [{ code: country.iso_2, name: region.name }] : []
    )
  )

  return (
    <header className="sticky top-0 z-20 border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href={`/${countryCode}`} className="text-2xl font-extrabold tracking-tight text-brand-600">
          Comptoir
        </Link>

        <form
          action={`/${countryCode}/deals`}
          role="search"
          className="order-last flex w-full md:order-none md:w-auto md:flex-1"
        >
          <input
            type="search"
            name="q"
            data-testid="header-search"
            placeholder={t.header.searchPlaceholder}
            aria-label={t.header.search}
            className="w-full rounded-l-full border border-gray-300 px-4 py-2 text-sm outline-none focus:border-brand-500"
          />
          <button className="rounded-r-full bg-brand-500 px-4 text-sm font-semibold text-white hover:bg-brand-600">
            {t.header.search}
          </button>
        </form>

        <nav className="ml-auto flex items-center gap-4 text-sm font-medium md:ml-0">
          <Link href={`/${countryCode}/deals`} className="hover:text-brand-600">
            {t.header.deals}
          </Link>
          {/* The same link for everyone (this header is in cached pages): signed-out visitors are sent to sign in. */}
          <Link href={`/${countryCode}/account`} data-testid="header-account" className="hover:text-brand-600">
            {t.accountArea.headerLink}
          </Link>
          <CartLink countryCode={countryCode} label={t.header.cart} />
          <CountrySwitch current={countryCode} countries={countries} label={t.header.country} />
          <LocaleToggle current={locale} label={t.header.language} />
        </nav>
      </div>
    </header>
  )
}
