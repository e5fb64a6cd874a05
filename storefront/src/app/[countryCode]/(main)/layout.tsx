import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { getRegion } from "@/lib/data/regions"
import Footer from "@/modules/layout/components/footer"
import Header from "@/modules/layout/components/header"

type Props = { children: ReactNode; params: Promise<{ countryCode: string }> }

export default async function MainLayout({ children, params }: Props) {
  const { countryCode } = await params
  // The proxy only lets known countries through, but its list may be an hour old.
  if (!(await getRegion(countryCode))) notFound()

  return (
    <>
      <Header countryCode={countryCode} />
      <main className="flex-1">{children}</main>
      <Footer countryCode={countryCode} />
    </>
  )
}
