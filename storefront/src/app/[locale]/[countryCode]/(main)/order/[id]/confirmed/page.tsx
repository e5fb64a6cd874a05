import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveOrder } from "@/lib/data/orders"
import { pageDictionary } from "@/lib/i18n"
import OrderConfirmedTemplate from "@/modules/order/templates/order-confirmed-template"

type Props = { params: Promise<{ locale: string; countryCode: string; id: string }> }

// One order's details: rendered for each request, never kept in a cache shared by visitors.
export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.order.title, robots: { index: false, follow: false } }
}

export default async function OrderConfirmedPage({ params }: Props) {
  const [{ countryCode, id }, { locale, t }] = await Promise.all([params, pageDictionary(params)])
  const order = await retrieveOrder(id)
  if (!order) notFound()
  return <OrderConfirmedTemplate order={order} countryCode={countryCode} locale={locale} t={t} />
}
