import type { Dictionary, Locale } from "@/lib/i18n"
import { formatPrice } from "@/lib/util/money"
import type { StoreOrder } from "@/types/medusa"

export type SummaryLine = { id: string; title: string; subtitle?: string | null; quantity: number; total: number }

/** An order's lines as the summary lists them: the deal's name, then the option chosen. */
export const orderSummaryLines = (order: Pick<StoreOrder, "items">): SummaryLine[] =>
  (order.items ?? []).map((item) => ({
    id: item.id,
    title: item.product_title ?? item.title,
    subtitle: item.variant_title,
    quantity: item.quantity,
    total: item.total,
  }))

type Props = { lines: SummaryLine[]; currencyCode: string; locale: Locale; t: Dictionary; testId: string }

/** A compact list of lines (title, option, quantity, line total) for the checkout and the order. */
export default function LineSummary({ lines, currencyCode, locale, t, testId }: Props) {
  return (
    <ul className="divide-y divide-gray-100 text-sm">
      {lines.map((line) => (
        <li key={line.id} data-testid={testId} className="flex justify-between gap-3 py-2">
          <div>
            <p className="font-medium">{line.title}</p>
            {line.subtitle && <p className="text-gray-500">{line.subtitle}</p>}
            <p className="text-gray-500">{t.checkout.quantity} {line.quantity}</p>
          </div>
          <p className="shrink-0 font-medium">{formatPrice(line.total, currencyCode, locale)}</p>
        </li>
      ))}
    </ul>
  )
}
