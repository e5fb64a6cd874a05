"use server"

import { updateTag } from "next/cache"
import { redirect } from "next/navigation"
import { sdk } from "@/lib/config"
import { getDictionary } from "@/lib/i18n"
import { errorMessage, isClientError } from "@/lib/util/errors"
import type { StoreCart, StoreRegion } from "@/types/medusa"
import { cacheTags } from "./cache-tags"
import { getCartId, removeCartId, setCartId } from "./cookies"
import { retrieveCustomerOrder } from "./orders"
import { getRegion } from "./regions"

const CART_FIELDS = [
  "*items",
  "*items.variant",
  "+items.total",
  "+total",
  "+subtotal",
  "+item_total",
  "+discount_total",
  "+tax_total",
  "+shipping_total",
  "+currency_code",
  "+region_id",
  "+email",
  "+metadata",
  "+completed_at",
  "+original_item_total",
  // The checkout shows the delivery steps only when a line is shipped (vouchers are not).
  "+items.requires_shipping",
  "*promotions",
  "*billing_address",
  "*shipping_address",
  "*shipping_methods",
].join(",")

const cartTag = cacheTags.cart

/** The visitor's cart with its lines and totals, or null when there is none (or it is gone). */
export async function retrieveCart(): Promise<StoreCart | null> {
  const cartId = await getCartId()
  if (!cartId) return null
  try {
    const { cart } = await sdk.client.fetch<{ cart: StoreCart }>(`/store/carts/${cartId}`, {
      query: { fields: CART_FIELDS },
      cache: "force-cache",
      next: { tags: [cartTag(cartId)] },
    })
    return cart
  } catch (error) {
    // A completed or purged cart: the next add-to-cart creates a new one.
    if (isClientError(error) && error.status === 404) return null
    throw error
  }
}

/** Moves `cart` to `region`; false when the backend refuses (e.g. an item has no price there). */
async function moveCart(cart: StoreCart, region: StoreRegion): Promise<boolean> {
  try {
    await sdk.store.cart.update(cart.id, { region_id: region.id }, { fields: "id" })
    updateTag(cartTag(cart.id))
    return true
  } catch (error) {
    if (isClientError(error)) return false
    throw error
  }
}

/** The id of a cart priced in `region`: the current one (moved if needed) or a new one. */
async function cartIdForRegion(region: StoreRegion): Promise<string> {
  const cart = await retrieveCart()
  if (cart && (cart.region_id === region.id || (await moveCart(cart, region)))) return cart.id

  const { cart: created } = await sdk.store.cart.create({ region_id: region.id }, { fields: "id" })
  await setCartId(created.id)
  return created.id
}

export type AddToCartState = { status: "success" } | { status: "error"; message: string } | null

/** Adds a deal variant to the visitor's cart, creating the cart on first use. */
export async function addToCart(_previous: AddToCartState, formData: FormData): Promise<AddToCartState> {
  const { t } = await getDictionary()
  const variantId = formData.get("variantId")
  const quantity = Number(formData.get("quantity"))
  if (typeof variantId !== "string" || !variantId || !Number.isInteger(quantity) || quantity < 1) {
    return { status: "error", message: t.errors.invalidQuantity }
  }

  try {
    const region = await getRegion(String(formData.get("countryCode")))
    if (!region) return { status: "error", message: t.errors.generic }
    const cartId = await cartIdForRegion(region)
    await sdk.store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, { fields: "id" })
    // updateTag (not revalidateTag): the header count must show this write right away.
    updateTag(cartTag(cartId))
    return { status: "success" }
  } catch (error) {
    return { status: "error", message: errorMessage(error, t.errors.generic) }
  }
}

export type LineItemState = { error: string | null }

/** Sets a line's quantity; 0 removes the line. */
export async function updateLineItem(_previous: LineItemState, formData: FormData): Promise<LineItemState> {
  const { t } = await getDictionary()
  const cartId = await getCartId()
  const lineId = formData.get("lineId")
  const quantity = Number(formData.get("quantity"))
  if (!cartId || typeof lineId !== "string" || !Number.isInteger(quantity) || quantity < 0) {
    return { error: t.errors.invalidQuantity }
  }

  try {
    if (quantity === 0) {
      await sdk.store.cart.deleteLineItem(cartId, lineId, { fields: "id" })
    } else {
      await sdk.store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: "id" })
    }
    updateTag(cartTag(cartId))
    return { error: null }
  } catch (error) {
    return { error: errorMessage(error, t.errors.generic) }
  }
}

/** Switches the storefront to another country: reprices the cart there, then stays on the same page. */
export async function changeCountry(formData: FormData): Promise<void> {
  const countryCode = String(formData.get("countryCode")).toLowerCase()
  const region = await getRegion(countryCode)
  if (!region) return

  const cart = await retrieveCart()
  // A cart that cannot move (an item is not sold there) is left behind for a fresh one.
  if (cart && cart.region_id !== region.id && !(await moveCart(cart, region))) {
    await removeCartId()
  }

  // Only the part after the country segment is reused, so the target stays on this site.
  const path = String(formData.get("path") ?? "")
  const rest = path.startsWith("/") ? path.split("/").slice(2).join("/") : ""
  redirect(rest ? `/${countryCode}/${rest}` : `/${countryCode}`)
}

/**
 * "Commander à nouveau": adds the lines of one of the customer's orders to the cart, then shows
 * the cart with how many went in and how many were skipped (a variant deleted since, a deal no
 * longer sold in this country).
 */
export async function reorder(formData: FormData): Promise<void> {
  const countryCode = String(formData.get("countryCode") ?? "").toLowerCase()
  const region = await getRegion(countryCode)
  if (!region) redirect("/")
  const order = await retrieveCustomerOrder(String(formData.get("orderId") ?? ""))
  if (!order) redirect(`/${countryCode}/account/orders`)

  const cartId = await cartIdForRegion(region)
  let added = 0
  let skipped = 0
  try {
    // One line at a time: Medusa locks the cart during each change.
    for (const item of order.items ?? []) {
      if (!item.variant_id) {
        skipped++
        continue
      }
      try {
        await sdk.store.cart.createLineItem(cartId, { variant_id: item.variant_id, quantity: item.quantity }, { fields: "id" })
        added++
      } catch (error) {
        if (!isClientError(error)) throw error
        skipped++
      }
    }
  } finally {
    updateTag(cartTag(cartId))
  }
  redirect(`/${countryCode}/cart?reordered=${added}&skipped=${skipped}`)
}
