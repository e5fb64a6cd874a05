import Link from "next/link"
import type { Dictionary, Locale } from "@/lib/i18n"
import { needsShipping } from "@/lib/util/shipping"
import CartCountSync from "@/modules/cart/components/cart-count-sync"
import LineSummary, { orderSummaryLines } from "@/modules/common/components/line-summary"
import Totals from "@/modules/common/components/totals"
import type { StoreOrder } from "@/types/medusa"

type Props = { order: StoreOrder; countryCode: string; locale: Locale; t: Dictionary }

/** Thanks, order number, where the e-mail went, the lines and totals, and what happens next. */
export default function OrderConfirmedTemplate({ order, countryCode, locale, t }: Props) {
  const items = order.items ?? []
  const shipped = needsShipping(order)
  const vouchers = items.some((item) => !item.requires_shipping)

  return (
    <div data-testid="order-confirmed" className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      {/* The cart is gone: the header's count reloads. */}
      <CartCountSync count={0} />
      <header className="rounded-xl border border-brand-100 bg-brand-50 p-6">
        <h1 className="text-3xl font-bold text-brand-800">✓ {t.order.title}</h1>
        <p data-testid="order-number" className="mt-2 text-lg font-semibold">{t.order.number(String(order.display_id))}</p>
        <p className="mt-1 text-gray-700">
          {t.order.sentTo} <strong data-testid="order-email">{order.email}</strong>
        </p>
      </header>

      <section className="space-y-4 rounded-xl border border-gray-200 bg-white p-5">
        <h2 className="text-xl font-bold">{t.order.items}</h2>
        <LineSummary lines={orderSummaryLines(order)} currencyCode={order.currency_code} locale={locale} t={t} testId="order-item" />
        <Totals amounts={order} locale={locale} t={t} shipping={shipped ? "shown" : "hidden"} testId="order" />
      </section>

      <section data-testid="order-next-steps" className="rounded-xl border border-gray-200 bg-white p-5">
        <h2 className="mb-3 text-xl font-bold">{t.order.next}</h2>
        <ul className="list-disc space-y-2 pl-5 text-gray-700">
          {vouchers && <li>{t.order.nextVouchers}</li>}
          {shipped && <li>{t.order.nextDelivery}</li>}
          <li>{t.order.nextInvoice}</li>
        </ul>
      </section>

      <Link href={`/${countryCode}/deals`} className="inline-block rounded-full bg-brand-500 px-6 py-3 font-semibold text-white hover:bg-brand-600">
        {t.order.continue}
      </Link>
    </div>
  )
}
