import Image from "next/image"
import type { Dictionary, Locale } from "@/lib/i18n"
import { formatPrice } from "@/lib/util/money"
import type { StoreCartLineItem } from "@/types/medusa"
import LineQuantity from "./line-quantity"

type Props = { item: StoreCartLineItem; currencyCode: string; locale: Locale; t: Dictionary }

export default function CartItem({ item, currencyCode, locale, t }: Props) {
  const variantTitle = item.variant_title ?? item.variant?.title
  return (
    <li data-testid="cart-item" className="flex gap-4 py-5">
      <div className="relative h-20 w-28 shrink-0 overflow-hidden rounded-lg bg-gray-100">
        {item.thumbnail && <Image src={item.thumbnail} alt="" fill sizes="112px" className="object-cover" />}
      </div>
      <div className="flex flex-1 flex-col gap-2 sm:flex-row sm:justify-between">
        <div>
          <p className="font-semibold">{item.product_title ?? item.title}</p>
          {variantTitle && <p className="text-sm text-gray-500">{variantTitle}</p>}
          <p className="text-sm text-gray-500">
            {t.cart.unitPrice} {formatPrice(item.unit_price, currencyCode, locale)}
          </p>
        </div>
        <div className="flex flex-col items-start gap-2 sm:items-end">
          <LineQuantity
            lineId={item.id}
            quantity={item.quantity}
            labels={{ decrease: t.cart.decrease, increase: t.cart.increase, remove: t.cart.remove }}
          />
          <p className="font-semibold">
            {formatPrice(item.total ?? item.unit_price * item.quantity, currencyCode, locale)}
          </p>
        </div>
      </div>
    </li>
  )
}
