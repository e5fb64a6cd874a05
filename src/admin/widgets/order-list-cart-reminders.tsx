import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { useCartReminderStats } from "../hooks/cart-reminders"
import {
  CART_REMINDER_PERIODS,
  DEFAULT_CART_REMINDER_PERIOD,
  formatCount,
  formatRate,
  formatRecoveredTotals,
  recoveryRate,
  toCartReminderPeriod,
  type CartReminderPeriod,
} from "../lib/cart-reminder-format"
import type { AdminCartReminderStats } from "../lib/cart-reminder-types"
import { useCartReminderTranslation } from "../lib/i18n"
import { WidgetLoadState } from "../components/widget-load-state"

/** What the abandoned-cart reminders did over a period: e-mails sent, links opened, carts and revenue recovered. */
const CartRemindersWidget = () => {
  const { t } = useCartReminderTranslation()
  const [days, setDays] = useState<CartReminderPeriod>(DEFAULT_CART_REMINDER_PERIOD)
  const { data: stats, isPending, isError, error, isPlaceholderData } = useCartReminderStats(days)

  return (
    <Container className="divide-y p-0" data-testid="cart-reminders-widget">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">{t("widgetTitle")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("widgetDescription", { days })}
          </Text>
        </div>
        <Select size="small" value={String(days)} onValueChange={(value) => setDays(toCartReminderPeriod(value))}>
          <Select.Trigger className="w-44" aria-label={t("period")} data-testid="cart-reminders-period">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {CART_REMINDER_PERIODS.map((period) => (
              <Select.Item key={period} value={String(period)}>
                {t("periodDays", { days: period })}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {isError || isPending ? (
        <WidgetLoadState isError={isError} error={error} loadError={t("loadError")} unknownError={t("errorUnknown")} testId="cart-reminders-error" />
      ) : (
        // The previous period stays shown, dimmed, while the chosen one loads.
        <div className={isPlaceholderData ? "opacity-50" : undefined} aria-busy={isPlaceholderData}>
          <CartReminderStatsGrid stats={stats} />
        </div>
      )}
    </Container>
  )
}

function CartReminderStatsGrid({ stats }: { stats: AdminCartReminderStats }) {
  const { t, language } = useCartReminderTranslation()
  const count = (value: number) => formatCount(value, language)
  const revenue = formatRecoveredTotals(stats.recovered_totals, language)
  return (
    <dl className="grid grid-cols-2 md:grid-cols-3 xl:grid-cols-6">
      <StatTile label={t("firstSent")} values={[count(stats.first_sent)]} testId="cart-reminders-first-sent" />
      <StatTile label={t("secondSent")} values={[count(stats.second_sent)]} testId="cart-reminders-second-sent" />
      <StatTile label={t("restored")} values={[count(stats.restored)]} testId="cart-reminders-restored" />
      <StatTile
        label={t("recovered")}
        values={[count(stats.recovered)]}
        hint={t("recoveryRate", { rate: formatRate(recoveryRate(stats), language, t("none")) })}
        testId="cart-reminders-recovered"
      />
      <StatTile
        label={t("recoveredRevenue")}
        values={revenue.length > 0 ? revenue : [t("none")]}
        testId="cart-reminders-revenue"
      />
      <StatTile label={t("optedOut")} values={[count(stats.opted_out)]} hint={t("optedOutHint")} testId="cart-reminders-opted-out" />
    </dl>
  )
}

/** One figure: its label, its value (one line per currency for revenue) and an optional note under it. */
function StatTile({ label, values, hint, testId }: { label: string; values: string[]; hint?: string; testId: string }) {
  return (
    <div className="flex flex-col gap-y-1 px-6 py-4" data-testid={testId}>
      <Text size="small" className="text-ui-fg-subtle" asChild>
        <dt>{label}</dt>
      </Text>
      {values.map((value) => (
        <Text key={value} size="xlarge" weight="plus" asChild>
          <dd>{value}</dd>
        </Text>
      ))}
      {hint && (
        <Text size="xsmall" className="text-ui-fg-muted" asChild>
          <dd>{hint}</dd>
        </Text>
      )}
    </div>
  )
}

// Above the orders list: recovered carts end up there as orders.
export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default CartRemindersWidget
