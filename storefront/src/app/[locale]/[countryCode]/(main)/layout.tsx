import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { getRegion } from "@/lib/data/regions"
import { pageDictionary } from "@/lib/i18n"
import Footer from "@/modules/layout/components/footer"
import Header from "@/modules/layout/components/header"

type Props = { children: ReactNode; params: Promise<{ locale: string; countryCode: string }> }

export default async function MainLayout({ children, params }: Props) {
  const [{ countryCode }, { locale, t }] = await Promise.all([params, pageDictionary(params)])
  // The proxy only lets known countries through, but its list may be an hour old.
  if (!(await getRegion(countryCode))) notFound()

  return (
    <>
      <Header countryCode={countryCode} locale={locale} t={t} />
      <main className="flex-1">{children}</main>
      <Footer countryCode={countryCode} t={t} />
    </>
  )
}
