import type { Metadata } from "next"
import Link from "next/link"
import { resetPassword } from "@/lib/data/auth"
import { pageDictionary } from "@/lib/i18n"
import AuthForm from "@/modules/account/components/auth-form"
import AuthPage from "@/modules/account/templates/auth-page"

type Props = {
  params: Promise<{ locale: string; countryCode: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.account.resetTitle, robots: { index: false } }
}

/** The e-mailed reset link lands here: a new password, then the sign-in page. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const [{ countryCode }, { token }, { t }] = await Promise.all([params, searchParams, pageDictionary(params)])
  return (
    <AuthPage title={t.account.resetTitle}>
      {typeof token === "string" ? (
        <AuthForm
          action={resetPassword}
          testId="reset-password"
          hidden={{ countryCode, token }}
          fields={[{ name: "password", label: t.account.newPassword, type: "password", autoComplete: "new-password", hint: t.account.passwordRule }]}
          submit={t.account.resetSubmit}
          submitting={t.account.submitting}
        />
      ) : (
        <p className="mt-4 text-gray-700">{t.account.resetInvalid}</p>
      )}
      <p className="mt-4 text-sm">
        <Link href={`/${countryCode}/account/forgot-password`} className="text-brand-700 underline">
          {t.account.askNewLink}
        </Link>
      </p>
    </AuthPage>
  )
}
