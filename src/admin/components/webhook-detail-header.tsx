import { Container, Heading, Text } from "@medusajs/ui"
import { useWebhookTranslation } from "../lib/i18n"
import { formatHeaders } from "../lib/webhook-format"
import type { AdminWebhookEndpoint } from "../lib/webhook-types"
import { useFormatWebhookDate, WebhookEventsCell, WebhookFailingSince, WebhookStatusBadge } from "./webhook-cells"
import { WebhookDetailActions } from "./webhook-detail-actions"
import { WebhookSectionRow } from "./webhook-section-header"

type WebhookDetailHeaderProps = {
  webhook: AdminWebhookEndpoint
  onEdit: () => void
  onOpenDelivery: (id: string) => void
}

/** The top of an endpoint's page: its URL, status and buttons, then how it is set up. */
export function WebhookDetailHeader({ webhook, onEdit, onOpenDelivery }: WebhookDetailHeaderProps) {
  const { t } = useWebhookTranslation()
  const formatDate = useFormatWebhookDate()
  const headers = webhook.headers ?? {}
  const template = webhook.payload_template?.fields ?? []
  return (
    <Container className="divide-y p-0" data-testid="webhook-header">
      <div className="flex flex-col gap-y-3 px-6 py-4 md:flex-row md:items-start md:justify-between md:gap-x-4">
        <div className="flex min-w-0 flex-col gap-y-2">
          <Heading level="h1" className="break-all font-mono" data-testid="webhook-url-heading">
            {webhook.url}
          </Heading>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <WebhookStatusBadge webhook={webhook} />
            {webhook.failing_since && <WebhookFailingSince since={webhook.failing_since} />}
          </div>
          {webhook.description && (
            <Text size="small" className="text-ui-fg-subtle">
              {webhook.description}
            </Text>
          )}
        </div>
        <WebhookDetailActions webhook={webhook} onEdit={onEdit} onOpenDelivery={onOpenDelivery} />
      </div>
      <WebhookSectionRow label={t("eventTypes")}>
        <WebhookEventsCell eventTypes={webhook.event_types} max={Number.POSITIVE_INFINITY} />
      </WebhookSectionRow>
      <WebhookSectionRow label={t("headers")}>
        {Object.keys(headers).length > 0 ? (
          <pre className="whitespace-pre-wrap break-all font-mono">{formatHeaders(headers)}</pre>
        ) : (
          t("none")
        )}
      </WebhookSectionRow>
      <WebhookSectionRow label={t("timeoutShort")}>{t("timeoutValue", { seconds: webhook.timeout_ms / 1000 })}</WebhookSectionRow>
      <WebhookSectionRow label={t("payloadTemplate")}>
        {template.length > 0 ? (
          <ul className="flex flex-col gap-y-1 font-mono">
            {template.map((field) => (
              <li key={`${field.from}→${field.to}`}>{`${field.from} → ${field.to}`}</li>
            ))}
          </ul>
        ) : (
          t("templateNone")
        )}
      </WebhookSectionRow>
      <WebhookSectionRow label={t("createdAt")}>{formatDate(webhook.created_at)}</WebhookSectionRow>
    </Container>
  )
}
