import type { Metadata } from "next"
import { pageDictionary } from "@/lib/i18n"
import SignInForm from "@/modules/account/components/sign-in-form"

type Props = {
  params: Promise<{ locale: string; countryCode: string }>
  searchParams: Promise<{ next?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.account.signInTitle, robots: { index: false } }
}

/** Customer sign-in (e-mail and password); sign-up and the account pages come with checkout. */
export default async function SignInPage({ params, searchParams }: Props) {
  const [{ countryCode }, { next }, { t }] = await Promise.all([params, searchParams, pageDictionary(params)])
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold">{t.account.signInTitle}</h1>
      <p className="mt-2 text-gray-700">{t.account.signInIntro}</p>
      <SignInForm
        countryCode={countryCode}
        next={typeof next === "string" ? next : `/${countryCode}`}
        labels={{
          email: t.account.email,
          password: t.account.password,
          submit: t.account.submit,
          submitting: t.account.submitting,
        }}
      />
    </div>
  )
}
