import type { Dictionary } from "@/lib/i18n"
import { orderStatusKey, type OrderStatusKey } from "@/lib/util/order-status"
import type { StoreOrder } from "@/types/medusa"

type Props = { order: Pick<StoreOrder, "status" | "payment_status" | "fulfillment_status">; t: Dictionary }

const TONES: Record<OrderStatusKey, string> = {
  confirmed: "bg-brand-50 text-brand-700",
  shipped: "bg-blue-50 text-blue-700",
  delivered: "bg-brand-100 text-brand-800",
  completed: "bg-brand-100 text-brand-800",
  canceled: "bg-gray-100 text-gray-600",
  refunded: "bg-gray-100 text-gray-600",
  partiallyRefunded: "bg-gray-100 text-gray-600",
}

/** The order's one status the customer sees ("Confirmée", "Expédiée", "Annulée"…). */
export default function OrderStatusBadge({ order, t }: Props) {
  const key = orderStatusKey(order)
  return (
    <span data-testid="order-status" data-status={key} className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[key]}`}>
      {t.accountArea.orders.statuses[key]}
    </span>
  )
}
