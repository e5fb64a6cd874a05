import Link from "next/link"
import { reorder } from "@/lib/data/cart"
import type { Dictionary, Locale } from "@/lib/i18n"
import { formatDate } from "@/lib/util/dates"
import { needsShipping } from "@/lib/util/shipping"
import LineSummary, { orderSummaryLines } from "@/modules/common/components/line-summary"
import Totals from "@/modules/common/components/totals"
import type { StoreOrderParcel } from "@comptoir/http/order"
import type { StoreOrder } from "@/types/medusa"
import AddressLines from "../components/address-lines"
import OrderStatusBadge from "../components/order-status-badge"
import OrderTracking from "../components/order-tracking"
import SubmitButton from "../components/submit-button"

type Props = { order: StoreOrder; parcels: StoreOrderParcel[]; countryCode: string; locale: Locale; t: Dictionary }

const box = "rounded-xl border border-gray-200 bg-white p-5"

/** One of the customer's orders: status, lines and totals, parcels, addresses, invoice and reorder. */
export default function OrderDetailTemplate({ order, parcels, countryCode, locale, t }: Props) {
  const strings = t.accountArea.order
  const shipped = needsShipping(order)
  const canReorder = order.items?.some((item) => item.variant_id)

  return (
    <div data-testid="order-detail" className="space-y-6">
      <Link href={`/${countryCode}/account/orders`} className="text-sm font-semibold text-brand-700 underline hover:text-brand-800">
        ← {strings.back}
      </Link>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 data-testid="order-number" className="text-3xl font-bold">{t.accountArea.orders.number(String(order.display_id))}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-3 text-gray-600">
            {t.accountArea.orders.placedOn(formatDate(order.created_at, locale))}
            <OrderStatusBadge order={order} t={t} />
          </p>
        </div>
        <div className="flex flex-wrap gap-3">
          {/* A plain link: the route handler answers with the PDF download (next/link would prefetch it). */}
          <a
            href={`/api/orders/${order.id}/invoice?countryCode=${countryCode}`}
            data-testid="order-invoice-link"
            className="rounded-full border border-brand-500 px-5 py-2 font-semibold text-brand-700 hover:bg-brand-50"
          >
            {strings.invoice}
          </a>
          {canReorder && (
            <form action={reorder}>
              <input type="hidden" name="orderId" value={order.id} />
              <input type="hidden" name="countryCode" value={countryCode} />
              <SubmitButton
                label={strings.reorder}
                pendingLabel={strings.reordering}
                testId="order-reorder"
                className="rounded-full bg-brand-500 px-5 py-2 font-semibold text-white hover:bg-brand-600"
              />
            </form>
          )}
        </div>
      </header>

      <section className={`${box} space-y-4`}>
        <h2 className="text-xl font-bold">{strings.items}</h2>
        <LineSummary lines={orderSummaryLines(order)} currencyCode={order.currency_code} locale={locale} t={t} testId="order-item" />
        <Totals amounts={order} locale={locale} t={t} shipping={shipped ? "shown" : "hidden"} testId="order" />
      </section>

      <OrderTracking parcels={parcels} t={t} />

      <div className="grid gap-6 sm:grid-cols-2">
        {shipped && order.shipping_address && (
          <section className={box}>
            <h2 className="mb-2 font-bold">{strings.shippingAddress}</h2>
            <AddressLines address={order.shipping_address} locale={locale} />
          </section>
        )}
        {order.billing_address && (
          <section className={box}>
            <h2 className="mb-2 font-bold">{strings.billingAddress}</h2>
            <AddressLines address={order.billing_address} locale={locale} />
          </section>
        )}
      </div>
    </div>
  )
}
