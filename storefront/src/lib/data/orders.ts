"use server"

import { sdk } from "@/lib/config"
import { isClientError } from "@/lib/util/errors"
import type { StoreOrder } from "@/types/medusa"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "total",
  "subtotal",
  "tax_total",
  "shipping_total",
  "discount_total",
  "original_item_total",
  "*items",
  "+items.requires_shipping",
].join(",")

/**
 * An order by id, for its confirmation page; null when unknown. Medusa serves it without a
 * customer token: the unguessable id is the key. Never cached (the page is per order).
 */
export async function retrieveOrder(orderId: string): Promise<StoreOrder | null> {
  try {
    const { order } = await sdk.client.fetch<{ order: StoreOrder }>(`/store/orders/${encodeURIComponent(orderId)}`, {
      query: { fields: ORDER_FIELDS },
      cache: "no-store",
    })
    return order
  } catch (error) {
    if (isClientError(error) && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}
