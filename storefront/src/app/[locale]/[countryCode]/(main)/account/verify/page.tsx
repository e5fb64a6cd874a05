import type { Metadata } from "next"
import { confirmEmail } from "@/lib/data/auth"
import { pageDictionary } from "@/lib/i18n"
import AuthForm from "@/modules/account/components/auth-form"
import AuthPage from "@/modules/account/templates/auth-page"

type Props = {
  params: Promise<{ locale: string; countryCode: string }>
  searchParams: Promise<{ code?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.account.verifyTitle, robots: { index: false } }
}

/**
 * The e-mailed verification link lands here. Confirming takes a click (a POST): mail
 * scanners that open links must not use up the single-use code.
 */
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const [{ countryCode }, { code }, { t }] = await Promise.all([params, searchParams, pageDictionary(params)])
  return (
    <AuthPage title={t.account.verifyTitle} intro={typeof code === "string" ? t.account.verifyIntro : t.account.verifyMissing}>
      {typeof code === "string" && (
        <AuthForm
          action={confirmEmail}
          testId="verify-email"
          hidden={{ countryCode, code }}
          fields={[]}
          submit={t.account.verifySubmit}
          submitting={t.account.submitting}
          doneLink={{ href: `/${countryCode}/account/login`, label: t.account.signInLink }}
        />
      )}
    </AuthPage>
  )
}
