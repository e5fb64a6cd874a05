import Link from "next/link"
import type { Dictionary, Locale } from "@/lib/i18n"
import { formatDate } from "@/lib/util/dates"
import { formatPrice } from "@/lib/util/money"
import type { StoreOrder } from "@/types/medusa"
import OrderStatusBadge from "./order-status-badge"

type Props = { orders: StoreOrder[]; countryCode: string; locale: Locale; t: Dictionary }

/** The customer's orders, one row each: number, date, item count, status, total, and its link. */
export default function OrderList({ orders, countryCode, locale, t }: Props) {
  const strings = t.accountArea.orders
  return (
    <ul className="divide-y divide-gray-200 rounded-xl border border-gray-200 bg-white px-5">
      {orders.map((order) => {
        const number = strings.number(String(order.display_id))
        const itemCount = (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
        return (
          <li key={order.id} data-testid="account-order-row" className="flex flex-wrap items-center gap-x-6 gap-y-2 py-4">
            <div className="min-w-48 flex-1">
              <p data-testid="account-order-number" className="font-semibold">{number}</p>
              <p className="text-sm text-gray-600">
                {strings.placedOn(formatDate(order.created_at, locale))} · {strings.items(itemCount)}
              </p>
            </div>
            <OrderStatusBadge order={order} t={t} />
            <p data-testid="account-order-total" className="w-28 text-right font-semibold">
              {formatPrice(order.total, order.currency_code, locale)}
            </p>
            <Link href={`/${countryCode}/account/orders/${order.id}`} className="text-sm font-semibold text-brand-700 underline hover:text-brand-800">
              {strings.view}
              <span className="sr-only"> — {number}</span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
