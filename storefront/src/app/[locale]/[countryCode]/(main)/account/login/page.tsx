import type { Metadata } from "next"
import Link from "next/link"
import { signIn } from "@/lib/data/auth"
import { pageDictionary } from "@/lib/i18n"
import AuthForm from "@/modules/account/components/auth-form"
import AuthPage from "@/modules/account/templates/auth-page"

type Props = {
  params: Promise<{ locale: string; countryCode: string }>
  searchParams: Promise<{ next?: string | string[]; expired?: string; reset?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.account.signInTitle, robots: { index: false } }
}

/** Customer sign-in: e-mail and password, then the second factor when the account has one. */
export default async function SignInPage({ params, searchParams }: Props) {
  const [{ countryCode }, { next, expired, reset }, { t }] = await Promise.all([params, searchParams, pageDictionary(params)])
  return (
    <AuthPage title={t.account.signInTitle} intro={t.account.signInIntro}>
      <AuthForm
        action={signIn}
        testId="sign-in"
        hidden={{ countryCode, next: typeof next === "string" ? next : `/${countryCode}/account` }}
        fields={[
          { name: "email", label: t.account.email, type: "email", autoComplete: "email" },
          { name: "password", label: t.account.password, type: "password", autoComplete: "current-password" },
        ]}
        submit={t.account.submit}
        submitting={t.account.submitting}
        initialNotice={expired ? t.account.signInExpired : reset ? t.account.passwordChanged : undefined}
      />
      <p className="mt-4 text-sm">
        <Link href={`/${countryCode}/account/forgot-password`} className="text-brand-700 underline">
          {t.account.forgotPassword}
        </Link>
      </p>
      <p className="mt-2 text-sm">
        {t.account.noAccount}{" "}
        <Link href={`/${countryCode}/account/register`} className="font-semibold text-brand-700 underline" data-testid="sign-up-link">
          {t.account.createAccount}
        </Link>
      </p>
    </AuthPage>
  )
}
