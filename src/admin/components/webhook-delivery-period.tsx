import { useWebhookTranslation } from "../lib/i18n"
import type { DeliveryPeriod } from "../lib/webhook-list-query"
import { DayPeriodInputs } from "./day-period-inputs"

type WebhookDeliveryPeriodProps = {
  period: DeliveryPeriod
  onChange: (period: DeliveryPeriod) => void
}

/** The creation-date period of a delivery log: two day inputs and a button to drop both ends. */
export function WebhookDeliveryPeriod({ period, onChange }: WebhookDeliveryPeriodProps) {
  const { t } = useWebhookTranslation()
  const labels = { period: t("period"), from: t("periodFrom"), to: t("periodTo"), clear: t("periodClear") }
  return <DayPeriodInputs period={period} onChange={onChange} labels={labels} testId="deliveries-period" />
}
