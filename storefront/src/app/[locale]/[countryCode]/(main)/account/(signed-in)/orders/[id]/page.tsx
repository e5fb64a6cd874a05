import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listOrderParcels, retrieveCustomerOrder } from "@/lib/data/orders"
import { requireCustomer } from "@/lib/data/require-customer"
import { pageDictionary } from "@/lib/i18n"
import { listCustomerLicenses } from "@/lib/data/digital"
import OrderDetailTemplate from "@/modules/account/templates/order-detail-template"
import OrderLicenseKeys from "@/modules/digital/components/order-license-keys"

type Props = { params: Promise<{ locale: string; countryCode: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.accountArea.orders.title }
}

/** One of the customer's orders; another customer's order is a 404, like an unknown one. */
export default async function AccountOrderPage({ params }: Props) {
  const [{ countryCode, id }, { locale, t }] = await Promise.all([params, pageDictionary(params)])
  await requireCustomer(countryCode, `/orders/${encodeURIComponent(id)}`)
  const [order, parcels] = await Promise.all([retrieveCustomerOrder(id), listOrderParcels(id)])
  if (!order) notFound()
  // The keys bought in this order (software sold with a license).
  const { licenses } = await listCustomerLicenses({ limit: 100, offset: 0, orderId: order.id })
  return (
    <div className="space-y-6">
      <OrderDetailTemplate order={order} parcels={parcels} countryCode={countryCode} locale={locale} t={t} />
      <OrderLicenseKeys licenses={licenses} countryCode={countryCode} t={t} />
    </div>
  )
}
