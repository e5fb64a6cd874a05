import { Badge } from "@medusajs/ui"
import { dealSchedule, type DealSchedule } from "../lib/deal-status"
import type { Deal } from "../lib/deal-types"
import { useDealTranslation, type DealMessageKey } from "../lib/i18n"

const scheduleBadge: Record<DealSchedule, { label: DealMessageKey; color: "green" | "blue" | "grey" }> = {
  active: { label: "statusActive", color: "green" },
  scheduled: { label: "statusScheduled", color: "blue" },
  ended: { label: "statusEnded", color: "grey" },
}

/** The schedule state of a deal, plus its deal-of-the-day and featured flags. */
export function DealBadges({ deal }: { deal: Deal }) {
  const { t } = useDealTranslation()
  const schedule = dealSchedule(deal)
  const { label, color } = scheduleBadge[schedule]

  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="deal-badges">
      <Badge size="2xsmall" color={color} data-testid="deal-status" data-status={schedule}>
        {t(label)}
      </Badge>
      <DealFlagBadges deal={deal} />
    </div>
  )
}

/** The deal-of-the-day and featured flags, as badges (nothing when neither is set). */
export function DealFlagBadges({ deal }: { deal: Pick<Deal, "is_deal_of_day" | "is_featured"> }) {
  const { t } = useDealTranslation()
  return (
    <>
      {deal.is_deal_of_day && (
        <Badge size="2xsmall" color="orange">
          {t("dealOfDay")}
        </Badge>
      )}
      {deal.is_featured && (
        <Badge size="2xsmall" color="purple">
          {t("featured")}
        </Badge>
      )}
    </>
  )
}
