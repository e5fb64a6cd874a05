/**
 * Payment providers this storefront can take an order with, in the order they are offered; the
 * region's list (from Medusa) is filtered with it, since each provider needs its own step in
 * the checkout.
 * - "pp_system_default": Medusa's system provider, nothing is collected online (paiement à réception).
 * - "pp_stripe_stripe": card payment through Stripe's Payment Element, offered when the backend
 *   has Stripe and the storefront its publishable key (NEXT_PUBLIC_STRIPE_KEY).
 *
 * PayPal plugs in here: add the id, its labels in the dictionaries (`checkout.paymentProviders`),
 * and its step before the cart is completed.
 */
export const SUPPORTED_PAYMENT_PROVIDERS = ["pp_system_default", "pp_stripe_stripe"] as const

export type SupportedPaymentProvider = (typeof SUPPORTED_PAYMENT_PROVIDERS)[number]

export const STRIPE_PROVIDER = "pp_stripe_stripe" satisfies SupportedPaymentProvider

export const isSupportedPaymentProvider = (id: string): id is SupportedPaymentProvider =>
  (SUPPORTED_PAYMENT_PROVIDERS as readonly string[]).includes(id)
