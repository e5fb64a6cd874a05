import { StatusBadge, Text, Tooltip } from "@medusajs/ui"
import { dealEndsIn, formatTimeLeft } from "../lib/deal-ends-in"
import { DealFlagBadges } from "./deal-badges"
import { ProductThumbnailCell } from "./product-thumbnail-cell"
import { dealPricesToShow, formatMoney } from "../lib/deal-price"
import type { AdminDeal, DealStatus } from "../lib/deal-types"
import { useDealTranslation, type DealMessageKey } from "../lib/i18n"

const statusBadge: Record<DealStatus, { label: DealMessageKey; color: "green" | "blue" | "grey" }> = {
  scheduled: { label: "statusScheduled", color: "blue" },
  live: { label: "statusActive", color: "green" },
  ended: { label: "statusEnded", color: "grey" },
}

/** The product of a deal: its thumbnail and title, as in the admin's product list. */
export function DealProductCell({ deal }: { deal: AdminDeal }) {
  const { t } = useDealTranslation()
  return <ProductThumbnailCell product={deal.product} untitled={t("untitled")} />
}

/** Where a deal stands in time, as the API computed it when the list was loaded. */
export function DealStatusCell({ status }: { status: DealStatus }) {
  const { t } = useDealTranslation()
  const { label, color } = statusBadge[status]
  return (
    <StatusBadge color={color} data-testid="deals-row-status" data-status={status}>
      {t(label)}
    </StatusBadge>
  )
}

/** The deal price with the original struck through; the euro price first, others in a tooltip. */
export function DealPriceCell({ deal }: { deal: AdminDeal }) {
  const { t, language } = useDealTranslation()
  const [first, ...others] = dealPricesToShow(deal.prices)
  if (!first) {
    return <span className="text-ui-fg-muted">{t("none")}</span>
  }
  const format = (amount: number, currency: string) => formatMoney(amount, currency, language)
  return (
    <div className="flex items-baseline gap-x-2">
      <span className="text-ui-fg-base">{format(first.calculated_amount, first.currency_code)}</span>
      {first.original_amount > first.calculated_amount && (
        <span className="text-ui-fg-muted line-through">{format(first.original_amount, first.currency_code)}</span>
      )}
      {others.length > 0 && (
        <Tooltip
          content={others.map((price) => (
            <div key={`${price.currency_code}:${price.region_id}`}>{format(price.calculated_amount, price.currency_code)}</div>
          ))}
        >
          <Text as="span" size="xsmall" className="text-ui-fg-subtle">{`+${others.length}`}</Text>
        </Tooltip>
      )}
    </div>
  )
}

/** The deal-of-the-day and featured flags of a deal. */
export function DealFlagsCell({ deal }: { deal: AdminDeal }) {
  const { t } = useDealTranslation()
  if (!deal.is_deal_of_day && !deal.is_featured) {
    return <span className="text-ui-fg-muted">{t("none")}</span>
  }
  return (
    <div className="flex items-center gap-x-1">
      <DealFlagBadges deal={deal} />
    </div>
  )
}

/** How long a deal has left: "dans 3 j", "in 3 days", "—" without an end, "ended" once over. */
export function DealEndsInCell({ deal }: { deal: AdminDeal }) {
  const { t, language } = useDealTranslation()
  const endsIn = dealEndsIn(deal)
  switch (endsIn.kind) {
    case "none":
      return <span className="text-ui-fg-muted">{t("none")}</span>
    case "ended":
      return <span className="text-ui-fg-muted">{t("endsInEnded")}</span>
    case "remaining":
      return <span>{formatTimeLeft(endsIn.value, endsIn.unit, language)}</span>
  }
}
