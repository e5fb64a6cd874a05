import { notFound } from "next/navigation"
import { Suspense } from "react"
import { getRegion } from "@/lib/data/regions"
import { getDictionary } from "@/lib/i18n"
import CategoryList, { CategoryListSkeleton } from "@/modules/home/components/category-list"
import DealOfTheDay, { DealOfTheDaySkeleton } from "@/modules/home/components/deal-of-the-day"
import FeaturedDeals, { FeaturedDealsSkeleton } from "@/modules/home/components/featured-deals"
import Hero from "@/modules/home/components/hero"
import HowItWorks from "@/modules/home/components/how-it-works"

type Props = { params: Promise<{ countryCode: string }> }

export default async function HomePage({ params }: Props) {
  const { countryCode } = await params
  const [{ locale, t }, region] = await Promise.all([getDictionary(), getRegion(countryCode)])
  if (!region) notFound()
  const sectionProps = { countryCode, regionId: region.id, locale, t }

  return (
    <>
      <Hero countryCode={countryCode} t={t} />
      <Suspense fallback={<DealOfTheDaySkeleton />}>
        <DealOfTheDay {...sectionProps} />
      </Suspense>
      <Suspense fallback={<FeaturedDealsSkeleton t={t} />}>
        <FeaturedDeals {...sectionProps} />
      </Suspense>
      <section className="mx-auto max-w-6xl px-4 pt-12">
        <h2 className="mb-4 text-2xl font-bold">{t.home.categories}</h2>
        <Suspense fallback={<CategoryListSkeleton />}>
          <CategoryList countryCode={countryCode} />
        </Suspense>
      </section>
      <HowItWorks t={t} />
    </>
  )
}
