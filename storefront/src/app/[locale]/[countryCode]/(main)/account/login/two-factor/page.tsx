import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { hasPendingSignIn, verifyTwoFactor } from "@/lib/data/auth"
import { pageDictionary } from "@/lib/i18n"
import AuthForm from "@/modules/account/components/auth-form"
import AuthPage from "@/modules/account/templates/auth-page"

type Props = {
  params: Promise<{ locale: string; countryCode: string }>
  searchParams: Promise<{ method?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.account.twoFactorTitle, robots: { index: false } }
}

/** Second step of a sign-in with two-factor on: the app's code, or one of the recovery codes. */
export default async function TwoFactorPage({ params, searchParams }: Props) {
  const [{ countryCode }, { method }, { t }] = await Promise.all([params, searchParams, pageDictionary(params)])
  if (!(await hasPendingSignIn())) redirect(`/${countryCode}/account/login?expired=1`)
  const recovery = method === "recovery"
  return (
    <AuthPage title={t.account.twoFactorTitle} intro={recovery ? undefined : t.account.twoFactorIntro}>
      <AuthForm
        action={verifyTwoFactor}
        testId="two-factor"
        hidden={{ countryCode, method: recovery ? "recovery_code" : "totp" }}
        fields={[
          recovery
            ? { name: "code", label: t.account.recoveryCode, type: "text", autoComplete: "off" }
            : { name: "code", label: t.account.twoFactorCode, type: "text", autoComplete: "one-time-code", code: true },
        ]}
        submit={t.account.twoFactorSubmit}
        submitting={t.account.submitting}
      />
      <p className="mt-4 text-sm">
        <Link href={`/${countryCode}/account/login/two-factor${recovery ? "" : "?method=recovery"}`} className="text-brand-700 underline">
          {recovery ? t.account.useAppCode : t.account.useRecoveryCode}
        </Link>
      </p>
    </AuthPage>
  )
}
