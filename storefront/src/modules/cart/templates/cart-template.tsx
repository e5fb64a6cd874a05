import Link from "next/link"
import { retrieveCart } from "@/lib/data/cart"
import type { Dictionary, Locale } from "@/lib/i18n"
import { appliedCodes } from "@/lib/util/promotions"
import Totals from "@/modules/common/components/totals"
import CartCountSync from "../components/cart-count-sync"
import CartItem from "../components/cart-item"
import PromoCodeForm from "../components/promo-code-form"

type Props = { countryCode: string; locale: Locale; t: Dictionary }

export default async function CartTemplate({ countryCode, locale, t }: Props) {
  const cart = await retrieveCart()
  const items = cart?.items ?? []

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <CartCountSync count={items.reduce((sum, item) => sum + item.quantity, 0)} />
      <h1 className="mb-6 text-3xl font-bold">{t.cart.title}</h1>
      {!cart || items.length === 0 ? (
        <div data-testid="cart-empty" className="rounded-xl border border-dashed border-gray-300 bg-white p-10 text-center">
          <p className="text-gray-600">{t.cart.empty}</p>
          <Link href={`/${countryCode}/deals`} className="mt-4 inline-block rounded-full bg-brand-500 px-6 py-2 font-semibold text-white hover:bg-brand-600">
            {t.cart.browse}
          </Link>
        </div>
      ) : (
        <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_340px]">
          <ul className="divide-y divide-gray-200 rounded-xl border border-gray-200 bg-white px-5">
            {items.map((item) => (
              <CartItem key={item.id} item={item} currencyCode={cart.currency_code} locale={locale} t={t} />
            ))}
          </ul>
          <aside className="space-y-5 rounded-xl border border-gray-200 bg-white p-5">
            <PromoCodeForm appliedCodes={appliedCodes(cart)} labels={t.promo} />
            {/* Shipping is chosen at checkout; once chosen, the total includes it, so it is shown. */}
            <Totals amounts={cart} locale={locale} t={t} shipping={cart.shipping_methods?.length ? "shown" : "hidden"} />
            <Link
              href={`/${countryCode}/checkout`}
              data-testid="cart-checkout"
              className="block w-full rounded-full bg-brand-500 px-6 py-3 text-center font-semibold text-white hover:bg-brand-600"
            >
              {t.cart.checkout}
            </Link>
          </aside>
        </div>
      )}
    </div>
  )
}
