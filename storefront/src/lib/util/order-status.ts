import type { StoreOrder } from "@/types/medusa"

/** The one label a customer sees for an order (keys of `accountArea.orders.statuses`). */
export type OrderStatusKey = "confirmed" | "shipped" | "delivered" | "completed" | "canceled" | "refunded" | "partiallyRefunded"

/**
 * Medusa keeps three statuses per order (the order's, its payment's, its fulfillment's): the
 * customer gets the one that matters most to them, a cancellation or refund before delivery news.
 */
export function orderStatusKey(order: Pick<StoreOrder, "status" | "payment_status" | "fulfillment_status">): OrderStatusKey {
  if (order.status === "canceled") return "canceled"
  if (order.payment_status === "refunded") return "refunded"
  if (order.payment_status === "partially_refunded") return "partiallyRefunded"
  if (order.fulfillment_status === "delivered") return "delivered"
  if (["shipped", "partially_shipped", "partially_delivered"].includes(order.fulfillment_status)) return "shipped"
  if (order.status === "completed") return "completed"
  return "confirmed"
}
