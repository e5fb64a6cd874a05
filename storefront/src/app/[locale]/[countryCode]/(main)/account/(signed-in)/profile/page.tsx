import type { Metadata } from "next"
import { requireCustomer } from "@/lib/data/require-customer"
import { pageDictionary } from "@/lib/i18n"
import ProfileForm from "@/modules/account/components/profile-form"

type Props = { params: Promise<{ locale: string; countryCode: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.accountArea.profile.title }
}

/** "Profil": the customer's name and phone, and the e-mail they sign in with. */
export default async function AccountProfilePage({ params }: Props) {
  const [{ countryCode }, { t }] = await Promise.all([params, pageDictionary(params)])
  const customer = await requireCustomer(countryCode, "/profile")
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t.accountArea.profile.title}</h1>
        <p className="mt-2 text-gray-700">{t.accountArea.profile.intro}</p>
      </header>
      <ProfileForm
        email={customer.email}
        initialValues={{ first_name: customer.first_name ?? "", last_name: customer.last_name ?? "", phone: customer.phone ?? "" }}
        labels={t.accountArea.profile}
      />
    </div>
  )
}
