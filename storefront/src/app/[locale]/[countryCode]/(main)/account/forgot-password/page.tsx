import type { Metadata } from "next"
import { requestPasswordReset } from "@/lib/data/auth"
import { pageDictionary } from "@/lib/i18n"
import AuthForm from "@/modules/account/components/auth-form"
import AuthPage from "@/modules/account/templates/auth-page"

type Props = { params: Promise<{ locale: string; countryCode: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.account.forgotTitle, robots: { index: false } }
}

/** Asks for a reset link; says the same whether or not the address has an account. */
export default async function ForgotPasswordPage({ params }: Props) {
  const [{ countryCode }, { t }] = await Promise.all([params, pageDictionary(params)])
  return (
    <AuthPage title={t.account.forgotTitle} intro={t.account.forgotIntro}>
      <AuthForm
        action={requestPasswordReset}
        testId="forgot-password"
        hidden={{ countryCode }}
        fields={[{ name: "email", label: t.account.email, type: "email", autoComplete: "email" }]}
        submit={t.account.forgotSubmit}
        submitting={t.account.submitting}
        doneLink={{ href: `/${countryCode}/account/login`, label: t.account.signInLink }}
      />
    </AuthPage>
  )
}
