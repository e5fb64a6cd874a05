import Link from "next/link"
import { redirect } from "next/navigation"
import { listCustomerLicenses } from "@/lib/data/digital"
import type { Dictionary, Locale } from "@/lib/i18n"
import OrdersPagination from "@/modules/account/components/orders-pagination"
import LicenseCard from "./license-card"

type Props = { page: number; basePath: string; countryCode: string; locale: Locale; t: Dictionary }

const LICENSES_PER_PAGE = 10

/** The customer's licenses, newest first, ten per page; none yet: a way to the digital deals. */
export default async function LicenseList({ page, basePath, countryCode, locale, t }: Props) {
  const strings = t.accountArea.digital
  const { licenses, count } = await listCustomerLicenses({ limit: LICENSES_PER_PAGE, offset: (page - 1) * LICENSES_PER_PAGE })
  const totalPages = Math.ceil(count / LICENSES_PER_PAGE)
  // A page past the last one (an old link, a license transferred since): the last page instead.
  if (count > 0 && page > totalPages) redirect(`${basePath}?page=${totalPages}`)

  if (count === 0) {
    return (
      <div data-testid="licenses-empty" className="rounded-xl border border-dashed border-gray-300 bg-white p-10 text-center">
        <p className="text-gray-600">{strings.empty}</p>
        <Link
          href={`/${countryCode}/deals?category=numerique`}
          className="mt-4 inline-block rounded-full bg-brand-500 px-6 py-2 font-semibold text-white hover:bg-brand-600"
        >
          {strings.browse}
        </Link>
      </div>
    )
  }
  return (
    <>
      <ul className="space-y-4">
        {licenses.map((license) => (
          <LicenseCard key={license.id} license={license} countryCode={countryCode} locale={locale} t={t} />
        ))}
      </ul>
      <OrdersPagination basePath={basePath} page={page} totalPages={totalPages} t={t} label={strings.pagination} />
    </>
  )
}

/** The list's place while it loads. */
export function LicenseListSkeleton() {
  return (
    <div aria-busy="true" className="space-y-4">
      {Array.from({ length: 2 }, (_, index) => (
        <div key={index} className="h-48 animate-pulse rounded-xl bg-gray-200" />
      ))}
    </div>
  )
}
