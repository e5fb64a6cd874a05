import type { Metadata } from "next"
import { Suspense } from "react"
import { requireCustomer } from "@/lib/data/require-customer"
import { pageDictionary } from "@/lib/i18n"
import { pageNumber } from "@/lib/util/page-number"
import DigitalDownloads, { DigitalDownloadsSkeleton } from "@/modules/digital/components/digital-downloads"
import LicenseList, { LicenseListSkeleton } from "@/modules/digital/components/license-list"

type Query = { page?: string | string[]; notice?: string | string[] }
type Props = { params: Promise<{ locale: string; countryCode: string }>; searchParams: Promise<Query> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.accountArea.digital.title }
}

/** "Produits numériques": the customer's licenses (keys, devices, transfer), then their files to download. */
export default async function AccountDigitalProductsPage({ params, searchParams }: Props) {
  const [{ countryCode }, query, { locale, t }] = await Promise.all([params, searchParams, pageDictionary(params)])
  await requireCustomer(countryCode, "/digital-products")
  const strings = t.accountArea.digital
  const page = pageNumber(query.page)

  return (
    <div data-testid="digital-products-page" className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">{strings.title}</h1>
        <p className="mt-2 text-gray-700">{strings.intro}</p>
      </header>

      {query.notice === "transferred" && (
        <p role="status" data-testid="digital-products-notice" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800">{strings.transferred}</p>
      )}

      <section aria-labelledby="licenses-title" className="space-y-4">
        <h2 id="licenses-title" className="text-xl font-bold">{strings.licenses}</h2>
        <Suspense fallback={<LicenseListSkeleton />}>
          <LicenseList page={page} basePath={`/${countryCode}/account/digital-products`} countryCode={countryCode} locale={locale} t={t} />
        </Suspense>
      </section>

      <section aria-labelledby="downloads-title" className="space-y-4">
        <h2 id="downloads-title" className="text-xl font-bold">{strings.downloads}</h2>
        <Suspense fallback={<DigitalDownloadsSkeleton />}>
          <DigitalDownloads locale={locale} t={t} />
        </Suspense>
      </section>
    </div>
  )
}
