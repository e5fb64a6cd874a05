import Link from "next/link"
import type { Dictionary } from "@/lib/i18n"

/** No order yet: a way to the deals instead. */
export default function NoOrders({ countryCode, t }: { countryCode: string; t: Dictionary }) {
  return (
    <div data-testid="account-orders-empty" className="rounded-xl border border-dashed border-gray-300 bg-white p-10 text-center">
      <p className="text-gray-600">{t.accountArea.orders.empty}</p>
      <Link href={`/${countryCode}/deals`} className="mt-4 inline-block rounded-full bg-brand-500 px-6 py-2 font-semibold text-white hover:bg-brand-600">
        {t.accountArea.orders.browse}
      </Link>
    </div>
  )
}
