"use client"

import { loadStripe, type Stripe, type StripeElements } from "@stripe/stripe-js"
import { useEffect, useRef, useState, useTransition } from "react"
import { completeCheckout } from "@/lib/data/checkout"
import type { Dictionary, Locale } from "@/lib/i18n"

type Props = {
  publishableKey: string
  /** The payment intent Medusa's Stripe provider opened for the cart. */
  clientSecret: string
  countryCode: string
  locale: Locale
  labels: Dictionary["checkout"]["card"]
}

/**
 * Stripe's Payment Element for the cart's payment intent: the card never reaches our servers.
 * Once Stripe confirms it (3-D Secure included, in place when it can), the order is placed; a
 * payment method that must leave the page comes back through /api/checkout/complete.
 */
export default function CardPayment({ publishableKey, clientSecret, countryCode, locale, labels }: Props) {
  const mount = useRef<HTMLDivElement>(null)
  const [stripe, setStripe] = useState<{ stripe: Stripe; elements: StripeElements } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()

  useEffect(() => {
    let cancelled = false
    loadStripe(publishableKey, { locale })
      .then((loaded) => {
        if (cancelled) return
        if (!loaded || !mount.current) return setError(labels.unavailable)
        const elements = loaded.elements({ clientSecret })
        elements.create("payment").mount(mount.current)
        setStripe({ stripe: loaded, elements })
      })
      .catch(() => !cancelled && setError(labels.unavailable))
    return () => {
      cancelled = true
    }
  }, [publishableKey, clientSecret, locale, labels.unavailable])

  const pay = () =>
    startTransition(async () => {
      if (!stripe) return
      setError(null)
      const returnUrl = new URL(`/api/checkout/complete?country=${countryCode}`, window.location.origin).toString()
      const result = await stripe.stripe.confirmPayment({ elements: stripe.elements, redirect: "if_required", confirmParams: { return_url: returnUrl } })
      if (result.error) return setError(result.error.message ?? labels.failed)
      // Redirects to the confirmation page when the order is placed; else says why not.
      setError(await completeCheckout(countryCode))
    })

  return (
    <div className="mt-4 space-y-3 rounded-lg border border-gray-200 bg-white p-4" data-testid="card-payment">
      <p className="font-semibold">{labels.title}</p>
      <p className="text-sm text-gray-600">{labels.intro}</p>
      {!stripe && !error && <p className="text-sm text-gray-500">{labels.loading}</p>}
      {/* Stripe owns this element's content (its iframe): React renders nothing inside. */}
      <div ref={mount} data-testid="card-element" />
      {error && <p role="alert" data-testid="card-payment-error" className="text-sm font-medium text-deal-500">{error}</p>}
      <button
        type="button"
        onClick={pay}
        disabled={!stripe || pending}
        data-testid="card-pay"
        className="w-full rounded-full bg-brand-500 px-6 py-3 font-semibold text-white hover:bg-brand-600 disabled:opacity-60"
      >
        {pending ? labels.paying : labels.pay}
      </button>
    </div>
  )
}
