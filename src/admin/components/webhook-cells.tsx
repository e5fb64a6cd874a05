import { Badge, StatusBadge, Text, Tooltip } from "@medusajs/ui"
import { useApiDateFormatter } from "../lib/date-format"
import { formatTimeLeft, timeLeft } from "../lib/deal-ends-in"
import { useWebhookTranslation } from "../lib/i18n"
import { ALL_EVENTS, eventBadges } from "../lib/webhook-event-selection"
import { WEBHOOK_DELIVERY_STATE_BADGES, WEBHOOK_STATUS_BADGES } from "../lib/webhook-format"
import type { AdminWebhookDelivery, AdminWebhookEndpoint, WebhookDeliveryState } from "../lib/webhook-types"

/** Formats a date of the API in the admin's language, "—" for none. */
export function useFormatWebhookDate() {
  const { t, language } = useWebhookTranslation()
  return useApiDateFormatter(language, t("none"), true)
}

/** A date of the webhook tables, in the admin's language. */
export function WebhookDateCell({ iso, withTime = true }: { iso: string | null; withTime?: boolean }) {
  const formatDate = useFormatWebhookDate()
  return <span className={iso ? "whitespace-nowrap" : "text-ui-fg-muted"}>{formatDate(iso, withTime)}</span>
}

/** Whether an endpoint receives events: active green, disabled red with the reason in a tooltip. */
export function WebhookStatusBadge({ webhook }: { webhook: Pick<AdminWebhookEndpoint, "status" | "disabled_reason"> }) {
  const { t } = useWebhookTranslation()
  const { label, color } = WEBHOOK_STATUS_BADGES[webhook.status]
  const badge = (
    <StatusBadge color={color} data-testid="webhook-status" data-status={webhook.status}>
      {t(label)}
    </StatusBadge>
  )
  return webhook.status === "disabled" && webhook.disabled_reason ? (
    <Tooltip content={webhook.disabled_reason} maxWidth={320}>
      {/* The tooltip's trigger needs an element that takes a ref. */}
      <span className="inline-flex">{badge}</span>
    </Tooltip>
  ) : (
    badge
  )
}

/** How long an endpoint has been failing, "Failing for 2 days", with the exact start in the title. */
export function WebhookFailingSince({ since, now = new Date() }: { since: string; now?: Date }) {
  const { t, language } = useWebhookTranslation()
  const formatDate = useFormatWebhookDate()
  const elapsed = now.getTime() - new Date(since).getTime()
  const label =
    Number.isNaN(elapsed) || elapsed <= 0
      ? t("failingSince", { date: formatDate(since) })
      : t("failingFor", { duration: formatDuration(elapsed, language) })
  return (
    <Text size="xsmall" className="text-ui-fg-error whitespace-nowrap" title={formatDate(since)} data-testid="webhook-failing-since">
      {label}
    </Text>
  )
}

/** A duration as the admin's language says it: "2 jours", "3 hours". */
function formatDuration(ms: number, language: string): string {
  const { value, unit } = timeLeft(ms)
  return new Intl.NumberFormat(language, { style: "unit", unit, unitDisplay: "long" }).format(value)
}

/** The status column of the Webhooks table: the badge, and how long it has been failing. */
export function WebhookStatusCell({ webhook }: { webhook: AdminWebhookEndpoint }) {
  return (
    <div className="flex flex-col items-start gap-y-1">
      <WebhookStatusBadge webhook={webhook} />
      {webhook.failing_since && <WebhookFailingSince since={webhook.failing_since} />}
    </div>
  )
}

/** An endpoint's URL and, under it, its description. */
export function WebhookEndpointCell({ webhook }: { webhook: AdminWebhookEndpoint }) {
  return (
    <div className="flex max-w-[360px] flex-col overflow-hidden" data-testid="webhook-row" data-webhook-id={webhook.id}>
      <Text size="small" weight="plus" leading="compact" className="truncate font-mono" title={webhook.url}>
        {webhook.url}
      </Text>
      {webhook.description && (
        <Text size="small" leading="compact" className="text-ui-fg-subtle truncate">
          {webhook.description}
        </Text>
      )}
    </div>
  )
}

/** A subscription pattern as a badge; `*` reads "All events". */
export function WebhookEventBadge({ pattern }: { pattern: string }) {
  const { t } = useWebhookTranslation()
  return (
    <Badge size="2xsmall" className="font-mono" data-testid="webhook-event">
      {pattern === ALL_EVENTS ? t("allEvents") : pattern}
    </Badge>
  )
}

/** An endpoint's subscriptions: the first few as badges, "+N" for the others (listed in a tooltip). */
export function WebhookEventsCell({ eventTypes, max = 3 }: { eventTypes: string[]; max?: number }) {
  const { t } = useWebhookTranslation()
  const { shown, hidden } = eventBadges(eventTypes, max)
  return (
    <div className="flex flex-wrap items-center gap-1">
      {shown.map((pattern) => (
        <WebhookEventBadge key={pattern} pattern={pattern} />
      ))}
      {hidden.length > 0 && (
        <Tooltip content={hidden.join(", ")} maxWidth={320}>
          <span className="inline-flex">
            <Badge size="2xsmall" data-testid="webhook-events-more">
              {t("moreEvents", { count: hidden.length })}
            </Badge>
          </span>
        </Tooltip>
      )}
    </div>
  )
}

/** Whether a delivery went through: pending orange, succeeded green, failed red. */
export function WebhookDeliveryStateBadge({ state }: { state: WebhookDeliveryState }) {
  const { t } = useWebhookTranslation()
  const { label, color } = WEBHOOK_DELIVERY_STATE_BADGES[state]
  return (
    <StatusBadge color={color} data-testid="delivery-state" data-state={state}>
      {t(label)}
    </StatusBadge>
  )
}

/** When a delivery is tried next: "in 5 min", "soon", or "—" when no attempt is planned. */
export function WebhookNextAttemptCell({ delivery, now = new Date() }: { delivery: AdminWebhookDelivery; now?: Date }) {
  const { t, language } = useWebhookTranslation()
  const formatDate = useFormatWebhookDate()
  if (delivery.state !== "pending" || !delivery.next_attempt_at) {
    return <span className="text-ui-fg-muted">{t("none")}</span>
  }
  const left = new Date(delivery.next_attempt_at).getTime() - now.getTime()
  if (Number.isNaN(left)) {
    return <span className="text-ui-fg-muted">{t("none")}</span>
  }
  const { value, unit } = timeLeft(left)
  return (
    <span className="whitespace-nowrap" title={formatDate(delivery.next_attempt_at)}>
      {left <= 0 ? t("nextAttemptDue") : formatTimeLeft(value, unit, language)}
    </span>
  )
}
