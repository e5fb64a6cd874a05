import { DEFAULT_COUNTRY } from "@/lib/config"
import { completeCheckout } from "@/lib/data/checkout"

/**
 * Where Stripe sends the shopper back after a payment that had to leave the page (a bank's
 * 3-D Secure page, a wallet): places the order (redirecting to its confirmation), or returns
 * to the checkout with the reason. Stripe's webhook places the order too if nobody comes back.
 */
export async function GET(request: Request) {
  const requested = new URL(request.url).searchParams.get("country") ?? ""
  const country = /^[a-z]{2}$/.test(requested) ? requested : DEFAULT_COUNTRY
  const refusal = await completeCheckout(country)
  const back = new URL(`/${country}/checkout`, request.url)
  back.searchParams.set("payment", "failed")
  console.warn(`Card payment not completed on return: ${refusal}`)
  return Response.redirect(back, 303)
}
