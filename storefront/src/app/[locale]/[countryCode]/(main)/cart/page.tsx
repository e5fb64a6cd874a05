import type { Metadata } from "next"
import { pageDictionary } from "@/lib/i18n"
import ReorderNotice from "@/modules/cart/components/reorder-notice"
import RestoreNotice from "@/modules/cart/components/restore-notice"
import CartTemplate from "@/modules/cart/templates/cart-template"

type Props = {
  params: Promise<{ locale: string; countryCode: string }>
  searchParams: Promise<{ reordered?: string | string[]; skipped?: string | string[]; restore?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.cart.title, robots: { index: false } }
}

export default async function CartPage({ params, searchParams }: Props) {
  const [{ countryCode }, { reordered, skipped, restore }, { locale, t }] = await Promise.all([params, searchParams, pageDictionary(params)])
  return (
    <>
      <ReorderNotice reordered={reordered} skipped={skipped} t={t} />
      <RestoreNotice restore={restore} t={t} />
      <CartTemplate countryCode={countryCode} locale={locale} t={t} />
    </>
  )
}
