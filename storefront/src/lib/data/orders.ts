"use server"

import { sdk } from "@/lib/config"
import { isClientError } from "@/lib/util/errors"
import { isOrderId } from "@/lib/util/order-id"
import type { StoreOrderParcel, StoreOrderTrackingResponse } from "@comptoir/http/order"
import type { StoreOrder, StoreOrderListResponse } from "@/types/medusa"
import { getAuthHeaders } from "./cookies"
import { retrieveCustomer } from "./customer"

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

/** What a row of "Mes commandes" shows: number, date, status, item count, total. */
const CUSTOMER_ORDER_LIST_FIELDS = [
  "id",
  "display_id",
  "status",
  "payment_status",
  "fulfillment_status",
  "created_at",
  "currency_code",
  "total",
  "*items",
].join(",")

/** The account's order page: the confirmation's fields, plus statuses, addresses and parcels. */
const CUSTOMER_ORDER_FIELDS = [
  ORDER_FIELDS,
  "customer_id",
  "status",
  "payment_status",
  "fulfillment_status",
  "created_at",
  "*shipping_address",
  "*billing_address",
].join(",")

/** One page of the signed-in customer's orders, newest first; none when signed out. Never cached. */
export async function listCustomerOrders({ limit, offset }: { limit: number; offset: number }): Promise<Pick<StoreOrderListResponse, "orders" | "count">> {
  const auth = await getAuthHeaders()
  if (!auth) return { orders: [], count: 0 }
  const { orders, count } = await sdk.client.fetch<StoreOrderListResponse>("/store/orders", {
    query: { fields: CUSTOMER_ORDER_LIST_FIELDS, limit, offset, order: "-created_at" },
    headers: auth,
    cache: "no-store",
  })
  return { orders, count }
}

/**
 * One of the signed-in customer's orders; null when unknown, signed out, or someone else's
 * (Medusa serves any order to whoever knows its id: the account only shows the customer's own).
 */
export async function retrieveCustomerOrder(orderId: string): Promise<StoreOrder | null> {
  if (!isOrderId(orderId)) return null
  const [auth, customer] = await Promise.all([getAuthHeaders(), retrieveCustomer()])
  if (!auth || !customer) return null
  try {
    const { order } = await sdk.client.fetch<{ order: StoreOrder }>(`/store/orders/${encodeURIComponent(orderId)}`, {
      query: { fields: CUSTOMER_ORDER_FIELDS },
      headers: auth,
      cache: "no-store",
    })
    return order.customer_id === customer.id ? order : null
  } catch (error) {
    if (isClientError(error) && error.status === 404) return null
    throw error
  }
}

/**
 * The parcels shipped for one of the signed-in customer's orders, with their tracking numbers
 * (the plugin's route: Medusa's order route does not give a store client the labels).
 */
export async function listOrderParcels(orderId: string): Promise<StoreOrderParcel[]> {
  const auth = await getAuthHeaders()
  if (!auth || !isOrderId(orderId)) return []
  try {
    const { parcels } = await sdk.client.fetch<StoreOrderTrackingResponse>(`/store/orders/${encodeURIComponent(orderId)}/tracking`, {
      headers: auth,
      cache: "no-store",
    })
    return parcels
  } catch (error) {
    if (isClientError(error)) return []
    throw error
  }
}
