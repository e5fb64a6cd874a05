import { Text } from "@medusajs/ui"
import type { Deal } from "../lib/deal-types"
import { useDealTranslation } from "../lib/i18n"

/** The read-only view of a deal's content, in the rows style of the admin's detail pages. */
export function DealSummary({ deal }: { deal: Deal }) {
  const { t, language } = useDealTranslation()
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso))

  const period =
    deal.starts_at && deal.ends_at
      ? t("periodRange", { start: formatDate(deal.starts_at), end: formatDate(deal.ends_at) })
      : deal.starts_at
        ? t("periodFrom", { start: formatDate(deal.starts_at) })
        : deal.ends_at
          ? t("periodUntil", { end: formatDate(deal.ends_at) })
          : t("periodAlways")
  const quantities =
    deal.max_quantity === null
      ? t("quantityNoMax", { min: deal.min_quantity })
      : t("quantityRange", { min: deal.min_quantity, max: deal.max_quantity })
  const location = [deal.location_address, deal.location_city].filter(Boolean).join(", ")

  return (
    <dl className="divide-y" data-testid="deal-summary">
      <SummaryRow label={t("subtitle")} value={deal.subtitle || t("none")} />
      <SummaryRow label={t("period")} value={period} />
      <SummaryRow label={t("quantities")} value={quantities} />
      <SummaryRow label={t("highlights")} value={String(deal.highlights.length)} />
      <SummaryRow label={t("included")} value={String(deal.included.length)} />
      <SummaryRow label={t("faq")} value={String(deal.faq.length)} />
      <SummaryRow label={t("location")} value={location || t("none")} />
    </dl>
  )
}

function SummaryRow({ label, value }: { label: string; value: string }) {
  return (
    <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
      <dt>
        <Text size="small" weight="plus" leading="compact">
          {label}
        </Text>
      </dt>
      <dd>
        <Text size="small" leading="compact" className="break-words">
          {value}
        </Text>
      </dd>
    </div>
  )
}
