import type { Metadata } from "next"
import Link from "next/link"
import { listCustomerOrders } from "@/lib/data/orders"
import { requireCustomer } from "@/lib/data/require-customer"
import { pageDictionary } from "@/lib/i18n"
import NoOrders from "@/modules/account/components/no-orders"
import OrderList from "@/modules/account/components/order-list"

type Props = { params: Promise<{ locale: string; countryCode: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.accountArea.overview.title }
}

const card = "rounded-xl border border-gray-200 bg-white p-5 font-semibold hover:border-brand-500 hover:text-brand-700"

/** "Vue d'ensemble": who is signed in, their latest orders, and the way to their details. */
export default async function AccountOverviewPage({ params }: Props) {
  const [{ countryCode }, { locale, t }] = await Promise.all([params, pageDictionary(params)])
  const customer = await requireCustomer(countryCode)
  const { orders } = await listCustomerOrders({ limit: 3, offset: 0 })
  const strings = t.accountArea.overview
  const base = `/${countryCode}/account`

  return (
    <div data-testid="account-overview" className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">{strings.greeting(customer.first_name ?? "")}</h1>
        <p className="mt-2 text-gray-700">
          {strings.signedInAs} <strong data-testid="account-email">{customer.email}</strong>
        </p>
      </header>

      <section aria-labelledby="latest-orders" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="latest-orders" className="text-xl font-bold">{strings.latestOrders}</h2>
          {orders.length > 0 && (
            <Link href={`${base}/orders`} className="text-sm font-semibold text-brand-700 underline hover:text-brand-800">
              {strings.allOrders}
            </Link>
          )}
        </div>
        {orders.length ? <OrderList orders={orders} countryCode={countryCode} locale={locale} t={t} /> : <NoOrders countryCode={countryCode} t={t} />}
      </section>

      <div className="grid gap-4 sm:grid-cols-2">
        <Link href={`${base}/profile`} className={card}>{strings.editProfile}</Link>
        <Link href={`${base}/addresses`} className={card}>{strings.manageAddresses}</Link>
      </div>
    </div>
  )
}
