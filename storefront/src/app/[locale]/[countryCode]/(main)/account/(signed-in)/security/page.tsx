import type { Metadata } from "next"
import { requireCustomer } from "@/lib/data/require-customer"
import { twoFactorStatus } from "@/lib/data/two-factor"
import { pageDictionary } from "@/lib/i18n"
import TwoFactorSettings from "@/modules/account/components/two-factor-settings"

type Props = { params: Promise<{ locale: string; countryCode: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.accountArea.security.title }
}

/** "Sécurité": optional two-factor login with an authenticator app. */
export default async function AccountSecurityPage({ params }: Props) {
  const [{ countryCode }, { t }] = await Promise.all([params, pageDictionary(params)])
  const customer = await requireCustomer(countryCode, "/security")
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t.accountArea.security.title}</h1>
        <p className="mt-2 text-gray-700">{t.accountArea.security.intro}</p>
      </header>
      <section className="rounded-xl border border-gray-200 p-5">
        <h2 className="mb-3 text-xl font-semibold">{t.accountArea.security.twoFactor}</h2>
        <TwoFactorSettings initial={await twoFactorStatus()} email={customer.email} labels={t.accountArea.security} />
      </section>
    </div>
  )
}
