import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { listCustomerOrders } from "@/lib/data/orders"
import { requireCustomer } from "@/lib/data/require-customer"
import { pageDictionary } from "@/lib/i18n"
import { pageNumber } from "@/lib/util/page-number"
import NoOrders from "@/modules/account/components/no-orders"
import OrderList from "@/modules/account/components/order-list"
import OrdersPagination from "@/modules/account/components/orders-pagination"

type Props = {
  params: Promise<{ locale: string; countryCode: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

const ORDERS_PER_PAGE = 10

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return { title: t.accountArea.orders.title }
}

/** "Mes commandes": the customer's orders, newest first, ten per page. */
export default async function AccountOrdersPage({ params, searchParams }: Props) {
  const [{ countryCode }, { page: pageParam }, { locale, t }] = await Promise.all([params, searchParams, pageDictionary(params)])
  await requireCustomer(countryCode, "/orders")
  const page = pageNumber(pageParam)
  const { orders, count } = await listCustomerOrders({ limit: ORDERS_PER_PAGE, offset: (page - 1) * ORDERS_PER_PAGE })
  const totalPages = Math.ceil(count / ORDERS_PER_PAGE)
  const basePath = `/${countryCode}/account/orders`
  // A page past the last one (an old link, orders fewer since): the last page instead.
  if (count > 0 && page > totalPages) redirect(`${basePath}?page=${totalPages}`)

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t.accountArea.orders.title}</h1>
      {count === 0 ? (
        <NoOrders countryCode={countryCode} t={t} />
      ) : (
        <>
          <OrderList orders={orders} countryCode={countryCode} locale={locale} t={t} />
          <OrdersPagination basePath={basePath} page={page} totalPages={totalPages} t={t} />
        </>
      )}
    </div>
  )
}
