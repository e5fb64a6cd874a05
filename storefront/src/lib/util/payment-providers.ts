/**
 * Payment providers this storefront can take an order with; the region's list (from Medusa) is
 * filtered with it, since each provider needs its own step in the checkout.
 * - "pp_system_default": Medusa's system provider, nothing is collected online (paiement à réception).
 *
 * Stripe ("pp_stripe_stripe", once configured in the backend) and PayPal plug in here: add the id,
 * its labels in the dictionaries (`checkout.paymentProviders`), and its step (Stripe Elements
 * confirming the payment session, PayPal's approval) before `placeOrder` completes the cart.
 */
export const SUPPORTED_PAYMENT_PROVIDERS = ["pp_system_default"] as const

export type SupportedPaymentProvider = (typeof SUPPORTED_PAYMENT_PROVIDERS)[number]

export const isSupportedPaymentProvider = (id: string): id is SupportedPaymentProvider =>
  (SUPPORTED_PAYMENT_PROVIDERS as readonly string[]).includes(id)
