"use server"

import { updateTag } from "next/cache"
import { redirect } from "next/navigation"
import { DEFAULT_COUNTRY, sdk, STRIPE_PUBLISHABLE_KEY } from "@/lib/config"
import { getDictionary, type Locale } from "@/lib/i18n"
import {
  readCheckoutForm,
  validateCheckout,
  type AddressValues,
  type CheckoutValues,
  type PlaceOrderState,
} from "@/lib/util/checkout-form"
import { completionRefusal } from "@/lib/util/completion-refusal"
import { errorMessage, isClientError } from "@/lib/util/errors"
import { STRIPE_PROVIDER, SUPPORTED_PAYMENT_PROVIDERS, type SupportedPaymentProvider } from "@/lib/util/payment-providers"
import { formatPrice } from "@/lib/util/money"
import { needsShipping } from "@/lib/util/shipping"
import type { StorePromoCodeResponse } from "@comptoir/http/promotion"
import type { StoreCart, StoreCartShippingOption } from "@/types/medusa"
import { cacheTags } from "./cache-tags"
import { retrieveCart } from "./cart"
import { getAuthHeaders, getCartId, removeCartId } from "./cookies"
import { listRegions } from "./regions"

const cartPath = (cartId: string) => `/store/carts/${encodeURIComponent(cartId)}`

/** Shipping options Medusa offers for the visitor's cart, priced in its currency. */
export async function listShippingOptions(): Promise<StoreCartShippingOption[]> {
  const cartId = await getCartId()
  if (!cartId) return []
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId })
  return shipping_options
}

/** Payment providers the region offers that this storefront can take an order with, in its order. */
export async function listPaymentProviders(regionId: string): Promise<SupportedPaymentProvider[]> {
  const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regionId })
  const offered = new Set(payment_providers.map((provider) => provider.id))
  // Cards need the Payment Element, which needs Stripe's publishable key.
  return SUPPORTED_PAYMENT_PROVIDERS.filter((id) => offered.has(id) && (id !== STRIPE_PROVIDER || !!STRIPE_PUBLISHABLE_KEY))
}

export type ShippingMethodState = { error: string | null }

/** Puts the chosen shipping option on the cart at once, so that the summary shows its price. */
export async function chooseShippingMethod(optionId: string): Promise<ShippingMethodState> {
  const { t } = await getDictionary()
  const cartId = await getCartId()
  if (!cartId || typeof optionId !== "string" || !optionId) return { error: t.errors.generic }
  try {
    await sdk.store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: "id" })
    updateTag(cacheTags.cart(cartId))
    return { error: null }
  } catch (error) {
    return { error: errorMessage(error, t.errors.generic) }
  }
}

/** The typed code (kept in the field after a refusal) and the refusal, if any. */
export type PromoCodeState = { code: string; error: string | null }

/** Applies a promo code; Medusa may ignore a code that does not apply, so the answer is checked. */
export async function applyPromoCode(_previous: PromoCodeState, formData: FormData): Promise<PromoCodeState> {
  const { t } = await getDictionary()
  const cartId = await getCartId()
  const code = String(formData.get("code") ?? "").trim()
  if (!cartId) return { code, error: t.errors.generic }
  if (!code) return { code, error: t.errors.promoMissing }
  if (code.length > 64) return { code, error: t.errors.promoRefused(code) }

  try {
    const { cart } = await sdk.client.fetch<{ cart: Pick<StoreCart, "promotions"> }>(`${cartPath(cartId)}/promotions`, {
      method: "POST",
      body: { promo_codes: [code] },
      query: { fields: "id,*promotions" },
    })
    updateTag(cacheTags.cart(cartId))
    const applied = cart.promotions?.some((promotion) => promotion.code?.toLowerCase() === code.toLowerCase())
    return applied ? { code: "", error: null } : { code, error: await promoRefusal(cartId, code) }
  } catch (error) {
    // A 4xx is Medusa's refusal (an unknown code, in English): the verdict says it in the shopper's words.
    if (isClientError(error)) return { code, error: await promoRefusal(cartId, code) }
    return { code, error: errorMessage(error, t.errors.generic) }
  }
}

/**
 * Why a code does not apply, in the shopper's language, from the backend's verdict (unknown,
 * expired, used up, not offered in this currency, minimum not reached…); the plain refusal
 * when the verdict cannot be had.
 */
async function promoRefusal(cartId: string, code: string): Promise<string> {
  const { t, locale } = await getDictionary()
  try {
    const { promo_code: verdict } = await sdk.client.fetch<StorePromoCodeResponse>(`/store/promo-codes/${encodeURIComponent(code)}`, {
      query: { cart_id: cartId },
      cache: "no-store",
    })
    const words = t.errors.promoRefusal
    switch (verdict.reason) {
      case "minimum":
        return verdict.minimum ? words.minimum(code, formatPrice(verdict.minimum.amount, verdict.minimum.currency_code, locale)) : t.errors.promoRefused(code)
      case "currency":
        return words.currency(code, (verdict.currency_code ?? "").toUpperCase())
      case "unknown":
      case "inactive":
      case "not_started":
      case "expired":
      case "exhausted":
        return words[verdict.reason](code)
      default:
        return t.errors.promoRefused(code)
    }
  } catch {
    return t.errors.promoRefused(code)
  }
}

/** Takes a promo code off the cart. */
export async function removePromoCode(_previous: PromoCodeState, formData: FormData): Promise<PromoCodeState> {
  const { t } = await getDictionary()
  const cartId = await getCartId()
  const code = String(formData.get("code") ?? "")
  if (!cartId || !code) return { code: "", error: t.errors.generic }
  try {
    await sdk.client.fetch(`${cartPath(cartId)}/promotions`, {
      method: "DELETE",
      body: { promo_codes: [code] },
      query: { fields: "id" },
    })
    updateTag(cacheTags.cart(cartId))
    return { code: "", error: null }
  } catch (error) {
    return { code: "", error: errorMessage(error, t.errors.generic) }
  }
}

/** Medusa's address payload; optional fields left empty are not sent. */
const toAddress = ({ company, address_2, phone, ...required }: AddressValues) => ({
  ...required,
  ...(company && { company }),
  ...(address_2 && { address_2 }),
  ...(phone && { phone }),
})

/** Links the cart to the signed-in customer, so that the order shows in their account. */
async function attachCustomer(cartId: string): Promise<void> {
  const auth = await getAuthHeaders()
  if (!auth) return
  try {
    await sdk.store.cart.transferCart(cartId, { fields: "id" }, auth)
  } catch (error) {
    // An expired session: the order is placed as a guest's, with the e-mail typed.
    if (!isClientError(error)) throw error
  }
}

/** Contact, addresses and the visitor's language (the backend's e-mails read `metadata.locale`). */
async function saveDetails(cart: StoreCart, values: CheckoutValues, shipped: boolean, locale: Locale): Promise<void> {
  await attachCustomer(cart.id)
  await sdk.store.cart.update(
    cart.id,
    {
      email: values.email,
      billing_address: toAddress(values.billing),
      // Vouchers are not shipped: the cart keeps the region's country as its (tax) address.
      ...(shipped && { shipping_address: toAddress(values.sameAsBilling ? values.billing : values.shipping) }),
      metadata: { ...cart.metadata, locale },
    },
    { fields: "id" }
  )
  // Added again even if already chosen: the new address may have dropped or repriced it.
  if (shipped) await sdk.store.cart.addShippingMethod(cart.id, { option_id: values.shippingOptionId }, { fields: "id" })
}

/**
 * Opens a payment session with the chosen provider on the cart's (refreshed) payment
 * collection; for Stripe, answers the payment intent's client secret for the Payment Element.
 */
async function startPayment(cartId: string, providerId: string): Promise<string | null> {
  const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "id,*payment_collection" })
  const { payment_collection } = await sdk.store.payment.initiatePaymentSession(
    cart,
    { provider_id: providerId },
    { fields: "id,*payment_sessions" }
  )
  const session = payment_collection.payment_sessions?.find((candidate) => candidate.provider_id === providerId)
  const secret = (session?.data as { client_secret?: unknown } | undefined)?.client_secret
  return typeof secret === "string" ? secret : null
}

/**
 * Places the order from the whole checkout form: contact and addresses, shipping method (when a
 * line is shipped), payment session, then completion. Field errors come back in the visitor's
 * language with the values typed; on success the cart is forgotten and the shopper is sent to
 * the confirmation page.
 */
export async function placeOrder(_previous: PlaceOrderState, formData: FormData): Promise<PlaceOrderState> {
  const { locale, t } = await getDictionary()
  const requested = String(formData.get("countryCode") ?? "")
  // Only a country code: the redirect below must stay on this site.
  const countryCode = /^[a-z]{2}$/.test(requested) ? requested : DEFAULT_COUNTRY
  const values = readCheckoutForm(formData)

  const cart = await retrieveCart()
  if (!cart?.items?.length) redirect(`/${countryCode}/cart`)
  const region = (await listRegions()).find((candidate) => candidate.id === cart.region_id)
  const shipped = needsShipping(cart)
  const errors = validateCheckout(values, {
    requiresShipping: shipped,
    countries: region?.countries?.flatMap((country) => (country.iso_2 ? [country.iso_2] : [])) ?? [],
    providers: region ? await listPaymentProviders(region.id) : [],
    messages: t.checkoutErrors,
  })
  if (Object.keys(errors).length) return { values, errors, message: t.checkoutErrors.fixFields }

  try {
    // A completed cart is a second submit of the same order: completing again returns that order.
    if (!cart.completed_at) {
      await saveDetails(cart, values, shipped, locale)
      const clientSecret = await startPayment(cart.id, values.providerId)
      // A card is confirmed on the page first (Payment Element), then `completeCheckout` places the order.
      if (values.providerId === STRIPE_PROVIDER) {
        if (!clientSecret) return { values, errors: {}, message: t.checkout.card.unavailable }
        return { values, errors: {}, message: null, card: { clientSecret } }
      }
    }
  } catch (error) {
    return { values, errors: {}, message: errorMessage(error, t.errors.generic) }
  } finally {
    // Whatever was saved (address, shipping method) shows in the summary.
    updateTag(cacheTags.cart(cart.id))
  }
  const refusal = await completeCart(cart.id, countryCode)
  return { values, errors: {}, message: refusal }
}

/**
 * Completes the visitor's cart (Medusa authorises the payment first: a card not confirmed is
 * refused) and goes to the confirmation page; answers the refusal in the visitor's language.
 */
async function completeCart(cartId: string, countryCode: string): Promise<string> {
  const { t } = await getDictionary()
  let orderId: string
  try {
    const result = await sdk.store.cart.complete(cartId, { fields: "id" })
    if (result.type === "cart") return completionRefusal(result.error.message, t.checkoutErrors)
    orderId = result.order.id
  } catch (error) {
    return completionRefusal(errorMessage(error, t.errors.generic), t.checkoutErrors)
  } finally {
    updateTag(cacheTags.cart(cartId))
  }
  await removeCartId()
  redirect(`/${countryCode}/order/${encodeURIComponent(orderId)}/confirmed`)
}

/** After the shopper confirmed the card on the page: places the order, or says why not. */
export async function completeCheckout(countryCode: string): Promise<string> {
  const country = /^[a-z]{2}$/.test(countryCode) ? countryCode : DEFAULT_COUNTRY
  const cartId = await getCartId()
  if (!cartId) redirect(`/${country}/cart`)
  return completeCart(cartId, country)
}
