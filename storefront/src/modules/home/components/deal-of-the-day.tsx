import Image from "next/image"
import Link from "next/link"
import { listDeals } from "@/lib/data/deals"
import type { Dictionary, Locale } from "@/lib/i18n"
import { formatPrice } from "@/lib/util/money"
import DiscountBadge from "@/modules/deals/components/discount-badge"

type Props = { countryCode: string; regionId: string; locale: Locale; t: Dictionary }

/** The deal flagged "deal of the day", as a large card; nothing when there is none. */
export default async function DealOfTheDay({ countryCode, regionId, locale, t }: Props) {
  const { deals } = await listDeals({ region_id: regionId, is_deal_of_day: true, limit: 1 })
  const deal = deals[0]
  if (!deal) return null
  const { price } = deal

  return (
    <section className="mx-auto max-w-6xl px-4 pt-12">
      <h2 className="mb-4 text-2xl font-bold">{t.home.dealOfTheDay}</h2>
      <Link
        href={`/${countryCode}/deals/${deal.handle}`}
        data-testid="deal-card"
        className="group grid overflow-hidden rounded-2xl border border-gray-200 bg-white shadow-sm transition hover:shadow-md md:grid-cols-2"
      >
        <div className="relative aspect-[4/3] bg-gray-100 md:aspect-auto md:min-h-80">
          {deal.thumbnail && (
            // The home page's largest image: preloaded.
            <Image src={deal.thumbnail} alt="" fill preload fetchPriority="high" sizes="(min-width: 768px) 576px, 100vw" className="object-cover" />
          )}
          {price && (
            <DiscountBadge
              percent={price.discount_percent}
              locale={locale}
              testId="deal-card-discount"
              className="absolute left-4 top-4 text-base"
            />
          )}
        </div>
        <div className="flex flex-col justify-center gap-3 p-8">
          <h3 data-testid="deal-card-title" className="text-2xl font-bold group-hover:text-brand-600">
            {deal.title}
          </h3>
          {deal.subtitle && <p className="text-gray-600">{deal.subtitle}</p>}
          {price && (
            <p className="flex items-baseline gap-3">
              {price.discount_percent > 0 && (
                <span className="text-gray-500 line-through">
                  {formatPrice(price.original_amount, price.currency_code, locale)}
                </span>
              )}
              <span className="text-3xl font-extrabold text-brand-600">
                {formatPrice(price.calculated_amount, price.currency_code, locale)}
              </span>
            </p>
          )}
          <p className="text-sm text-gray-500">{t.deal.bought(deal.bought_count)}</p>
          <span className="mt-2 self-start rounded-full bg-brand-500 px-5 py-2 font-semibold text-white">
            {t.home.seeDeal}
          </span>
        </div>
      </Link>
    </section>
  )
}

export function DealOfTheDaySkeleton() {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-12">
      <div className="mb-4 h-7 w-48 animate-pulse rounded bg-gray-200" />
      <div className="h-80 animate-pulse rounded-2xl bg-gray-200" />
    </div>
  )
}
