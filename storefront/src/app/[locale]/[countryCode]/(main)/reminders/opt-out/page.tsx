import type { StoreCartReminderOptOutRequest } from "@comptoir/http/cart-reminder"
import type { Metadata } from "next"
import { optOutOfCartReminders } from "@/lib/data/cart-reminders"
import { pageDictionary } from "@/lib/i18n"
import AuthForm from "@/modules/account/components/auth-form"
import AuthPage from "@/modules/account/templates/auth-page"

type Props = {
  params: Promise<{ locale: string; countryCode: string }>
  searchParams: Promise<{ email?: string | string[]; signature?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.cartReminders.optOutTitle, robots: { index: false } }
}

/** The link's address and signature, or null when either is missing or malformed. */
function optOutLink(email: unknown, signature: unknown): StoreCartReminderOptOutRequest | null {
  const valid =
    typeof email === "string" && /^[^\s@]+@[^\s@]+$/.test(email) && typeof signature === "string" && /^[0-9a-f]{64}$/.test(signature)
  return valid ? { email, signature } : null
}

/**
 * The cart reminder's "Se désabonner" link lands here. Opting out takes a click (a POST): mail
 * scanners that open links must not unsubscribe the shopper.
 */
export default async function CartReminderOptOutPage({ params, searchParams }: Props) {
  const [{ countryCode }, { email, signature }, { t }] = await Promise.all([params, searchParams, pageDictionary(params)])
  const strings = t.cartReminders
  const link = optOutLink(email, signature)
  return (
    <AuthPage title={strings.optOutTitle}>
      {link ? (
        <>
          <p className="mt-2 text-gray-700">{strings.optOutIntro}</p>
          <p className="mt-1 break-all font-semibold" data-testid="cart-reminder-opt-out-email">
            {link.email}
          </p>
          <AuthForm
            action={optOutOfCartReminders}
            testId="cart-reminder-opt-out"
            hidden={link}
            fields={[]}
            submit={strings.optOutSubmit}
            submitting={strings.optOutSubmitting}
            doneLink={{ href: `/${countryCode}`, label: strings.browse }}
          />
        </>
      ) : (
        <p role="alert" className="mt-4 text-gray-700" data-testid="cart-reminder-opt-out-invalid">
          {strings.optOutInvalid}
        </p>
      )}
    </AuthPage>
  )
}
