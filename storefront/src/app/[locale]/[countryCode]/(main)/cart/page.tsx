import type { Metadata } from "next"
import { pageDictionary } from "@/lib/i18n"
import CartTemplate from "@/modules/cart/templates/cart-template"

type Props = { params: Promise<{ locale: string; countryCode: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.cart.title, robots: { index: false } }
}

export default async function CartPage({ params }: Props) {
  const [{ countryCode }, { locale, t }] = await Promise.all([params, pageDictionary(params)])
  return <CartTemplate countryCode={countryCode} locale={locale} t={t} />
}
