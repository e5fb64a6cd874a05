"use client"

import { useActionState, type ReactNode } from "react"
import { placeOrder } from "@/lib/data/checkout"
import type { Dictionary, Locale } from "@/lib/i18n"
import type { CheckoutValues } from "@/lib/util/checkout-form"
import type { SupportedPaymentProvider } from "@/lib/util/payment-providers"
import AddressFields, { type CountryChoice } from "./address-fields"
import CardPayment from "./card-payment"
import CheckoutSection from "./checkout-section"
import PaymentMethodList from "./payment-method-list"
import ShippingMethodList, { type ShippingChoice } from "./shipping-method-list"
import TextField from "./text-field"

type Props = {
  countryCode: string
  initialValues: CheckoutValues
  countries: CountryChoice[]
  /** Some line is shipped: the delivery address and method are asked for. */
  requiresShipping: boolean
  shippingOptions: ShippingChoice[]
  providers: SupportedPaymentProvider[]
  /** Where a guest can sign in first; null for a signed-in customer. */
  signInHref: string | null
  labels: Dictionary["checkout"]
  /** The order summary (server-rendered, with its own promo code form): beside the form, not in it. */
  summary: ReactNode
  /** Stripe's publishable key when cards are offered (read on the server at run time). */
  stripeKey: string | null
  locale: Locale
}

const FORM_ID = "checkout-form"

/**
 * The whole checkout as one form posted to `placeOrder`, which also works without JavaScript.
 * The "Commander" button sits in the summary column, outside the form (nested forms are not
 * allowed, and the summary has the promo code form): it is tied to it by its `form` attribute.
 */
export default function CheckoutForm(props: Props) {
  const { countryCode, initialValues, countries, requiresShipping, shippingOptions, providers, signInHref, labels, summary, stripeKey, locale } = props
  const [state, formAction, pending] = useActionState(placeOrder, null)
  // After a refusal React resets the form: the values typed come back from the server.
  const values = state?.values ?? initialValues
  const errors = state?.errors ?? {}

  return (
    <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_380px]">
      <form id={FORM_ID} action={formAction} data-testid="checkout-form" className="space-y-6">
        <input type="hidden" name="countryCode" value={countryCode} />

        <CheckoutSection title={labels.contact} testId="checkout-contact">
          {signInHref && (
            <p className="mb-4 text-sm text-gray-600">
              {labels.guest}{" "}
              <a href={signInHref} className="font-semibold text-brand-700 hover:underline">{labels.signIn}</a>
            </p>
          )}
          <TextField
            name="email"
            type="email"
            label={labels.email}
            hint={labels.emailHint}
            defaultValue={values.email}
            error={errors.email}
            required
            autoComplete="email"
            testId="checkout-email"
          />
        </CheckoutSection>

        <CheckoutSection title={labels.billing} testId="checkout-billing">
          <AddressFields prefix="billing" values={values.billing} errors={errors} countries={countries} labels={labels.address} required />
        </CheckoutSection>

        {requiresShipping && (
          <CheckoutSection title={labels.delivery} testId="checkout-delivery">
            <div className="space-y-4">
              {/* The delivery address is hidden by CSS while the box is ticked: no JavaScript needed. */}
              <input
                id="same-as-billing"
                type="checkbox"
                name="sameAsBilling"
                defaultChecked={values.sameAsBilling}
                className="peer mr-2 h-4 w-4 align-middle accent-brand-500"
                data-testid="same-as-billing"
              />
              <label htmlFor="same-as-billing" className="align-middle text-sm font-medium">{labels.sameAsBilling}</label>
              <div className="space-y-3 peer-checked:hidden" data-testid="shipping-address">
                <h3 className="font-semibold">{labels.shippingAddress}</h3>
                <AddressFields prefix="shipping" values={values.shipping} errors={errors} countries={countries} labels={labels.address} required={false} />
              </div>
              <ShippingMethodList
                options={shippingOptions}
                defaultValue={values.shippingOptionId}
                error={errors.shippingOptionId}
                labels={{ legend: labels.shippingMethod, none: labels.noShippingOptions }}
              />
            </div>
          </CheckoutSection>
        )}

        <CheckoutSection title={labels.payment} testId="checkout-payment">
          <PaymentMethodList providers={providers} defaultValue={values.providerId} error={errors.providerId} labels={labels} />
          {state?.card && stripeKey && (
            <CardPayment
              publishableKey={stripeKey}
              clientSecret={state.card.clientSecret}
              countryCode={countryCode}
              locale={locale}
              labels={labels.card}
            />
          )}
        </CheckoutSection>
      </form>

      <aside className="space-y-5 rounded-xl border border-gray-200 bg-white p-5 lg:sticky lg:top-4">
        {summary}
        {state?.message && (
          <p role="alert" data-testid="checkout-error" className="rounded-lg bg-red-50 p-3 text-sm text-red-700">{state.message}</p>
        )}
        <button
          type="submit"
          form={FORM_ID}
          disabled={pending || !providers.length}
          data-testid="place-order"
          className="w-full rounded-full bg-brand-500 px-6 py-3 text-lg font-bold text-white shadow hover:bg-brand-600 disabled:opacity-60"
        >
          {pending ? labels.placingOrder : labels.placeOrder}
        </button>
      </aside>
    </div>
  )
}
