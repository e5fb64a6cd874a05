import type { Dictionary, Locale } from "@/lib/i18n"
import { formatPrice } from "@/lib/util/money"
import type { StoreCart } from "@/types/medusa"

type Props = { cart: StoreCart; locale: Locale; t: Dictionary }

export default function CartTotals({ cart, locale, t }: Props) {
  const format = (amount: number) => formatPrice(amount, cart.currency_code, locale)
  return (
    <dl className="space-y-2 text-sm">
      <div className="flex justify-between">
        <dt className="text-gray-600">{t.cart.subtotal}</dt>
        <dd>{format(cart.subtotal)}</dd>
      </div>
      {cart.discount_total > 0 && (
        <div className="flex justify-between text-brand-700">
          <dt>{t.cart.discount}</dt>
          <dd>−{format(cart.discount_total)}</dd>
        </div>
      )}
      {cart.tax_total > 0 && (
        <div className="flex justify-between">
          <dt className="text-gray-600">{t.cart.taxes}</dt>
          <dd>{format(cart.tax_total)}</dd>
        </div>
      )}
      <div className="flex justify-between border-t border-gray-200 pt-3 text-lg font-bold">
        <dt>{t.cart.total}</dt>
        <dd data-testid="cart-total">{format(cart.total)}</dd>
      </div>
    </dl>
  )
}
