import { listPaymentProviders, listShippingOptions } from "@/lib/data/checkout"
import { retrieveCustomer } from "@/lib/data/customer"
import { listRegions } from "@/lib/data/regions"
import type { Dictionary, Locale } from "@/lib/i18n"
import { formatPrice } from "@/lib/util/money"
import { needsShipping } from "@/lib/util/shipping"
import type { StoreCart, StoreCartShippingOption } from "@/types/medusa"
import type { CountryChoice } from "../components/address-fields"
import { STRIPE_PUBLISHABLE_KEY } from "@/lib/config"
import { STRIPE_PROVIDER } from "@/lib/util/payment-providers"
import CheckoutForm from "../components/checkout-form"
import OrderSummary from "../components/order-summary"
import type { ShippingChoice } from "../components/shipping-method-list"
import { initialCheckoutValues } from "../initial-values"

type Props = { cart: StoreCart; countryCode: string; locale: Locale; t: Dictionary }

/** Seeded options have a French name: a known type code gets the visitor's language instead. */
function shippingChoice(option: StoreCartShippingOption, currencyCode: string, locale: Locale, t: Dictionary): ShippingChoice {
  const names: Partial<Record<string, string>> = t.checkout.shippingOptions
  const amount = option.calculated_price?.calculated_amount ?? option.amount
  return {
    id: option.id,
    name: names[option.type?.code ?? ""] ?? option.name,
    price: amount ? formatPrice(amount, currencyCode, locale) : t.cart.free,
    disabled: !!option.insufficient_inventory,
  }
}

/** The checkout of a non-empty cart: the form on the left, the summary and "Commander" on the right. */
export default async function CheckoutTemplate({ cart, countryCode, locale, t }: Props) {
  const requiresShipping = needsShipping(cart)
  const [regions, shippingOptions, customer] = await Promise.all([
    listRegions(),
    requiresShipping ? listShippingOptions() : [],
    retrieveCustomer(),
  ])
  const region = regions.find((candidate) => candidate.id === cart.region_id)
  const providers = region ? await listPaymentProviders(region.id) : []
  const countryNames = new Intl.DisplayNames([locale], { type: "region" })
  // Only the region's countries: Medusa refuses an address outside the cart's region.
  const countries: CountryChoice[] = (region?.countries ?? []).flatMap((country) =>
    country.iso_2 ? [{ code: country.iso_2, name: countryNames.of(country.iso_2.toUpperCase()) ?? country.display_name ?? country.iso_2 }] : []
  )
  const country = countries.some((choice) => choice.code === countryCode) ? countryCode : (countries[0]?.code ?? "")
  const checkoutPath = `/${countryCode}/checkout`

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="mb-6 text-3xl font-bold">{t.checkout.title}</h1>
      <CheckoutForm
        countryCode={countryCode}
        initialValues={initialCheckoutValues({ cart, customer, country, providers })}
        countries={countries}
        requiresShipping={requiresShipping}
        shippingOptions={shippingOptions.map((option) => shippingChoice(option, cart.currency_code, locale, t))}
        providers={providers}
        signInHref={customer ? null : `/${countryCode}/account/login?next=${encodeURIComponent(checkoutPath)}`}
        labels={t.checkout}
        stripeKey={providers.includes(STRIPE_PROVIDER) ? (STRIPE_PUBLISHABLE_KEY ?? null) : null}
        locale={locale}
        summary={<OrderSummary cart={cart} requiresShipping={requiresShipping} locale={locale} t={t} />}
      />
    </div>
  )
}
