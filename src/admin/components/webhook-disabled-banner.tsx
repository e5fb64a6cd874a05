import { Alert, Text } from "@medusajs/ui"
import { useWebhookTranslation } from "../lib/i18n"
import type { AdminWebhookEndpoint } from "../lib/webhook-types"
import { useFormatWebhookDate } from "./webhook-cells"

/** Why and since when a disabled endpoint receives nothing, and what to do about it. */
export function WebhookDisabledBanner({ webhook }: { webhook: AdminWebhookEndpoint }) {
  const { t } = useWebhookTranslation()
  const formatDate = useFormatWebhookDate()
  if (webhook.status !== "disabled") {
    return null
  }
  return (
    <Alert variant="error" data-testid="webhook-disabled-banner">
      <div className="flex flex-col gap-y-1">
        <Text size="small" weight="plus">
          {t("disabledTitle")}
        </Text>
        <Text size="small">
          {t("disabledBody", {
            date: formatDate(webhook.disabled_at),
            reason: webhook.disabled_reason || t("disabledNoReason"),
          })}
        </Text>
      </div>
    </Alert>
  )
}
