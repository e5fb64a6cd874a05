import Stripe from "stripe"
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"

type StripeOptions = ConstructorParameters<typeof StripeProviderService>[1] & {
  /**
   * Another address for Stripe's API (`http://127.0.0.1:12111`): the tests run it against a
   * local server that speaks Stripe's REST API. Unset in production.
   */
  apiBase?: string
}

/**
 * Medusa's official Stripe provider (card payments with the Payment Element, webhooks,
 * captures, refunds), unchanged, except that its API address can be set: Stripe's SDK
 * takes a host, Medusa's provider does not pass one.
 */
export class ComptoirStripeService extends StripeProviderService {
  constructor(cradle: ConstructorParameters<typeof StripeProviderService>[0], options: StripeOptions) {
    super(cradle, options)
    if (options.apiBase) {
      const base = new URL(options.apiBase)
      this.stripe_ = new Stripe(options.apiKey, {
        host: base.hostname,
        port: Number(base.port || (base.protocol === "https:" ? 443 : 80)),
        protocol: base.protocol.replace(":", "") as "http" | "https",
        maxNetworkRetries: 0,
      })
    }
  }
}
