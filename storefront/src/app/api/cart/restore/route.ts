import type { StoreRestoreCartRequest, StoreRestoreCartResponse } from "@comptoir/http/cart-reminder"
import { revalidateTag } from "next/cache"
import { DEFAULT_COUNTRY, sdk } from "@/lib/config"
import { cacheTags } from "@/lib/data/cache-tags"
import { setCartId } from "@/lib/data/cookies"
import { isClientError } from "@/lib/util/errors"

/** The restore link's signed part, or null when a parameter is missing or malformed. */
function signedLink(params: URLSearchParams): StoreRestoreCartRequest | null {
  const cartId = params.get("cart_id") ?? ""
  const expires = params.get("expires") ?? ""
  const signature = params.get("signature") ?? ""
  if (!/^cart_[0-9A-Za-z]+$/.test(cartId) || !/^\d{1,12}$/.test(expires) || !/^[0-9a-f]{64}$/.test(signature)) return null
  return { cart_id: cartId, expires: Number(expires), signature }
}

/**
 * The abandoned-cart e-mail's "Retrouver mon panier" link: the backend checks the signature and
 * that the cart can still be ordered, then the cart becomes this browser's, on any device.
 * A bad, expired or used link lands on the cart page with a notice (`?restore=expired`).
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const requestedCountry = params.get("country") ?? ""
  const country = /^[a-z]{2}$/.test(requestedCountry) ? requestedCountry : DEFAULT_COUNTRY
  const cartPage = (expired: boolean) => {
    const query = new URLSearchParams()
    if (expired) query.set("restore", "expired")
    // API routes are outside the proxy: the e-mail's language goes on to the cart page, where `?lang=` applies.
    if (params.get("lang") === "en") query.set("lang", "en")
    const search = query.toString()
    return Response.redirect(new URL(`/${country}/cart${search ? `?${search}` : ""}`, request.url), 303)
  }

  const link = signedLink(params)
  if (!link) return cartPage(true)
  let restored: StoreRestoreCartResponse
  try {
    restored = await sdk.client.fetch<StoreRestoreCartResponse>("/store/cart-reminders/restore", { method: "POST", body: link })
  } catch (error) {
    if (isClientError(error)) return cartPage(true)
    throw error
  }
  // It replaces any cart this browser had: the shopper asked for this one.
  await setCartId(restored.cart_id)
  // An answer cached days ago may be stale (prices, deals that ended): read the cart afresh.
  revalidateTag(cacheTags.cart(restored.cart_id), { expire: 0 })
  return cartPage(false)
}
