import type { Locale } from "@/lib/i18n"
import { formatDiscount } from "@/lib/util/money"

type Props = { percent: number; locale: Locale; testId: string; className?: string }

/** "-30 %" badge, rendered only for deals actually on sale. */
export default function DiscountBadge({ percent, locale, testId, className = "" }: Props) {
  if (percent <= 0) return null
  return (
    <span
      data-testid={testId}
      className={`inline-block rounded-md bg-deal-500 px-2 py-1 text-sm font-bold text-white ${className}`}
    >
      {formatDiscount(percent, locale)}
    </span>
  )
}
