import type { Metadata } from "next"
import Link from "next/link"
import { signUp } from "@/lib/data/auth"
import { pageDictionary } from "@/lib/i18n"
import AuthForm from "@/modules/account/components/auth-form"
import AuthPage from "@/modules/account/templates/auth-page"

type Props = { params: Promise<{ locale: string; countryCode: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.account.signUpTitle, robots: { index: false } }
}

/** Sign-up: the account exists at once, and signs in once its address is confirmed from the e-mail. */
export default async function SignUpPage({ params }: Props) {
  const [{ countryCode }, { t }] = await Promise.all([params, pageDictionary(params)])
  return (
    <AuthPage title={t.account.signUpTitle} intro={t.account.signUpIntro}>
      <AuthForm
        action={signUp}
        testId="sign-up"
        hidden={{ countryCode }}
        fields={[
          { name: "first_name", label: t.account.firstName, type: "text", autoComplete: "given-name" },
          { name: "last_name", label: t.account.lastName, type: "text", autoComplete: "family-name" },
          { name: "email", label: t.account.email, type: "email", autoComplete: "email" },
          { name: "password", label: t.account.password, type: "password", autoComplete: "new-password", hint: t.account.passwordRule },
        ]}
        submit={t.account.signUpSubmit}
        submitting={t.account.signUpSubmitting}
      />
      <p className="mt-4 text-sm">
        {t.account.haveAccount}{" "}
        <Link href={`/${countryCode}/account/login`} className="font-semibold text-brand-700 underline">
          {t.account.signInLink}
        </Link>
      </p>
    </AuthPage>
  )
}
