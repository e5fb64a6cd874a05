import type { Metadata } from "next"
import { getDictionary } from "@/lib/i18n"
import CartTemplate from "@/modules/cart/templates/cart-template"

type Props = { params: Promise<{ countryCode: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return { title: t.cart.title, robots: { index: false } }
}

export default async function CartPage({ params }: Props) {
  const { countryCode } = await params
  return <CartTemplate countryCode={countryCode} />
}
