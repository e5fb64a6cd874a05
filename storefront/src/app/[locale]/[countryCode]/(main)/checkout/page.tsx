import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCart } from "@/lib/data/cart"
import { pageDictionary } from "@/lib/i18n"
import CheckoutTemplate from "@/modules/checkout/templates/checkout-template"

type Props = { params: Promise<{ locale: string; countryCode: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.checkout.title, robots: { index: false } }
}

/** Guest checkout of the visitor's cart; an empty cart has nothing to check out. */
export default async function CheckoutPage({ params }: Props) {
  const [{ countryCode }, { locale, t }] = await Promise.all([params, pageDictionary(params)])
  const cart = await retrieveCart()
  if (!cart?.items?.length) redirect(`/${countryCode}/cart`)
  return <CheckoutTemplate cart={cart} countryCode={countryCode} locale={locale} t={t} />
}
