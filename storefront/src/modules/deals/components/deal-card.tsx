import Image from "next/image"
import Link from "next/link"
import type { Dictionary, Locale } from "@/lib/i18n"
import { formatPrice } from "@/lib/util/money"
import type { StoreDealSummary } from "@comptoir/http/deal"
import DiscountBadge from "./discount-badge"

type Props = { deal: StoreDealSummary; countryCode: string; locale: Locale; t: Dictionary }

/** A deal in a grid: photo, discount, title, place, prices and popularity. */
export default function DealCard({ deal, countryCode, locale, t }: Props) {
  const { price } = deal
  return (
    <Link
      href={`/${countryCode}/deals/${deal.handle}`}
      data-testid="deal-card"
      className="group flex w-full flex-col overflow-hidden rounded-xl border border-gray-200 bg-white shadow-sm transition hover:shadow-md"
    >
      <div className="relative aspect-[4/3] bg-gray-100">
        {deal.thumbnail && (
          <Image src={deal.thumbnail} alt="" fill sizes="(min-width: 1024px) 300px, (min-width: 640px) 50vw, 100vw" className="object-cover" />
        )}
        {price && (
          <DiscountBadge
            percent={price.discount_percent}
            locale={locale}
            testId="deal-card-discount"
            className="absolute left-3 top-3"
          />
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-4">
        <h3 data-testid="deal-card-title" className="font-semibold leading-snug group-hover:text-brand-600">
          {deal.title}
        </h3>
        {(deal.location?.city || deal.subtitle) && (
          <p className="line-clamp-1 text-sm text-gray-600">{deal.location?.city ?? deal.subtitle}</p>
        )}
        <div className="mt-auto flex items-end justify-between pt-3">
          <span className="text-xs text-gray-600">{t.deal.bought(deal.bought_count)}</span>
          {price && (
            <span className="text-right">
              {price.discount_percent > 0 && (
                <span className="mr-2 text-sm text-gray-600 line-through">
                  {formatPrice(price.original_amount, price.currency_code, locale)}
                </span>
              )}
              <span className="text-lg font-bold text-brand-600">
                {formatPrice(price.calculated_amount, price.currency_code, locale)}
              </span>
            </span>
          )}
        </div>
      </div>
    </Link>
  )
}
