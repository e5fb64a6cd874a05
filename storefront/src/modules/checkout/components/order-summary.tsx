import type { Dictionary, Locale } from "@/lib/i18n"
import { appliedCodes } from "@/lib/util/promotions"
import PromoCodeForm from "@/modules/cart/components/promo-code-form"
import LineSummary from "@/modules/common/components/line-summary"
import Totals from "@/modules/common/components/totals"
import type { StoreCart } from "@/types/medusa"

type Props = { cart: StoreCart; requiresShipping: boolean; locale: Locale; t: Dictionary }

/** The checkout's summary column: lines, promo code, then the totals the order will have. */
export default function OrderSummary({ cart, requiresShipping, locale, t }: Props) {
  const lines = (cart.items ?? []).map((item) => ({
    id: item.id,
    title: item.product_title ?? item.title,
    subtitle: item.variant_title,
    quantity: item.quantity,
    total: item.total ?? item.unit_price * item.quantity,
  }))
  const shipping = !requiresShipping ? "hidden" : cart.shipping_methods?.length ? "shown" : "pending"
  return (
    <section data-testid="checkout-summary" className="space-y-5">
      <h2 className="text-xl font-bold">{t.checkout.summary}</h2>
      <LineSummary lines={lines} currencyCode={cart.currency_code} locale={locale} t={t} testId="checkout-item" />
      <PromoCodeForm appliedCodes={appliedCodes(cart)} labels={t.promo} />
      <Totals amounts={cart} locale={locale} t={t} shipping={shipping} />
    </section>
  )
}
