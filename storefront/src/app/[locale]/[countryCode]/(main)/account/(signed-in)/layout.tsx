import type { Metadata } from "next"
import type { ReactNode } from "react"
import { requireCustomer } from "@/lib/data/require-customer"
import { pageDictionary } from "@/lib/i18n"
import AccountNav from "@/modules/account/components/account-nav"
import { ACCOUNT_NAV_ITEMS } from "@/modules/account/nav-items"

type Props = { children: ReactNode; params: Promise<{ locale: string; countryCode: string }> }

// Every page under here is one customer's: never indexed (each page adds its own title).
export const metadata: Metadata = { robots: { index: false, follow: false } }

/** The signed-in customer's pages: the side menu, and the page. Signed-out visitors go to sign in. */
export default async function AccountLayout({ children, params }: Props) {
  const [{ countryCode }, { t }] = await Promise.all([params, pageDictionary(params)])
  await requireCustomer(countryCode)
  const links = ACCOUNT_NAV_ITEMS.map((item) => ({
    href: `/${countryCode}/account${item.path}`,
    label: t.accountArea.nav[item.key],
  }))

  return (
    <div className="mx-auto grid max-w-6xl items-start gap-8 px-4 py-8 md:grid-cols-[220px_minmax(0,1fr)]">
      <AccountNav countryCode={countryCode} label={t.accountArea.navLabel} signOutLabel={t.accountArea.signOut} links={links} />
      <div className="min-w-0">{children}</div>
    </div>
  )
}
