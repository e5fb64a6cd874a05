import type { Dictionary, Locale } from "@/lib/i18n"
import { formatPrice } from "@/lib/util/money"

/** The amounts a cart and an order share; prices are tax included (TTC). */
export type TotalsAmounts = {
  currency_code: string
  original_item_total: number
  discount_total: number
  shipping_total: number
  tax_total: number
  total: number
}

type Props = {
  amounts: TotalsAmounts
  locale: Locale
  t: Dictionary
  /** "pending": a line is shipped but no method is chosen yet; "hidden": nothing is shipped. */
  shipping: "hidden" | "pending" | "shown"
  /** Prefix of the test ids: "cart" (cart and checkout) or "order". */
  testId?: string
}

/** Items, discount, shipping and total, with the VAT they include; each line adds up to the total. */
export default function Totals({ amounts, locale, t, shipping, testId = "cart" }: Props) {
  const format = (amount: number) => formatPrice(amount, amounts.currency_code, locale)
  return (
    <div className="space-y-1">
      <dl className="space-y-2 text-sm">
        <div className="flex justify-between">
          <dt className="text-gray-600">{t.cart.subtotal}</dt>
          <dd data-testid={`${testId}-subtotal`}>{format(amounts.original_item_total)}</dd>
        </div>
        {amounts.discount_total > 0 && (
          <div className="flex justify-between text-brand-700">
            <dt>{t.cart.discount}</dt>
            <dd data-testid={`${testId}-discount`}>−{format(amounts.discount_total)}</dd>
          </div>
        )}
        {shipping !== "hidden" && (
          <div className="flex justify-between">
            <dt className="text-gray-600">{t.cart.shipping}</dt>
            <dd data-testid={`${testId}-shipping`}>
              {shipping === "pending" ? t.cart.shippingToChoose : amounts.shipping_total > 0 ? format(amounts.shipping_total) : t.cart.free}
            </dd>
          </div>
        )}
        <div className="flex justify-between border-t border-gray-200 pt-3 text-lg font-bold">
          <dt>{t.cart.total}</dt>
          <dd data-testid={`${testId}-total`}>{format(amounts.total)}</dd>
        </div>
      </dl>
      {amounts.tax_total > 0 && (
        <p data-testid={`${testId}-taxes`} className="text-right text-xs text-gray-500">
          {t.cart.taxesIncluded(format(amounts.tax_total))}
        </p>
      )}
    </div>
  )
}
