/**
 * The payment module: Medusa's system provider ("paiement à réception", always there) and,
 * when `STRIPE_API_KEY` is set, Stripe (`pp_stripe_stripe`, Medusa's official provider through
 * ../../providers/stripe). Both Medusa configurations build it here.
 */
type PaymentEnv = Record<string, string | undefined>

/** Stripe's provider id as regions and carts name it. */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

export function paymentModule(env: PaymentEnv, stripeProvider: string) {
  if (!env.STRIPE_API_KEY) return { resolve: "@medusajs/medusa/payment", options: { providers: [] } }
  return {
    resolve: "@medusajs/medusa/payment",
    options: {
      providers: [
        {
          resolve: stripeProvider,
          id: "stripe",
          options: {
            apiKey: env.STRIPE_API_KEY,
            webhookSecret: env.STRIPE_WEBHOOK_SECRET,
            // Authorise at checkout, capture from Medusa Admin (or capture at once with "true").
            capture: env.STRIPE_CAPTURE === "true",
            // Cards and whatever the Stripe dashboard enables, through the Payment Element.
            automaticPaymentMethods: true,
            apiBase: env.STRIPE_API_BASE,
          },
        },
      ],
    },
  }
}
