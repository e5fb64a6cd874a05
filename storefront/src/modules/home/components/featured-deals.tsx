import Link from "next/link"
import type { ReactNode } from "react"
import { listDeals } from "@/lib/data/deals"
import type { Dictionary, Locale } from "@/lib/i18n"
import DealGrid, { DealGridSkeleton } from "@/modules/deals/components/deal-grid"

type Props = { countryCode: string; regionId: string; locale: Locale; t: Dictionary }

function FeaturedSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mx-auto max-w-6xl px-4 pt-12">
      <h2 className="mb-4 text-2xl font-bold">{title}</h2>
      {children}
    </section>
  )
}

/** Deals flagged "featured"; nothing when there are none. */
export default async function FeaturedDeals({ countryCode, regionId, locale, t }: Props) {
  const { deals } = await listDeals({ region_id: regionId, is_featured: true, limit: 6 })
  if (!deals.length) return null
  return (
    <FeaturedSection title={t.home.featured}>
      <DealGrid deals={deals} countryCode={countryCode} locale={locale} t={t} />
      <div className="mt-6 text-center">
        <Link href={`/${countryCode}/deals`} className="font-semibold text-brand-600 hover:underline">
          {t.home.seeAll} →
        </Link>
      </div>
    </FeaturedSection>
  )
}

export function FeaturedDealsSkeleton({ t }: { t: Dictionary }) {
  return (
    <FeaturedSection title={t.home.featured}>
      <DealGridSkeleton count={3} />
    </FeaturedSection>
  )
}
