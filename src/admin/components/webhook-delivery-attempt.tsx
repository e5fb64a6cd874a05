import { Badge, Text } from "@medusajs/ui"
import { useWebhookTranslation } from "../lib/i18n"
import { formatHeaders, prettyBody } from "../lib/webhook-format"
import type { AdminWebhookAttempt } from "../lib/webhook-types"
import { useFormatWebhookDate } from "./webhook-cells"
import { WebhookCodeBlock } from "./webhook-code-block"

/** One HTTP request of a delivery: its outcome, then the request sent and the start of the answer. */
export function WebhookDeliveryAttempt({ attempt }: { attempt: AdminWebhookAttempt }) {
  const { t } = useWebhookTranslation()
  const formatDate = useFormatWebhookDate()
  return (
    <li className="flex flex-col gap-y-3 border-t pt-4" data-testid="delivery-attempt" data-attempt={attempt.attempt}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Text size="small" weight="plus">
          {t("attemptTitle", { number: attempt.attempt })}
        </Text>
        <Badge size="2xsmall" color={attempt.succeeded ? "green" : "red"} className="font-mono" data-testid="delivery-attempt-status">
          {attempt.status !== null ? `HTTP ${attempt.status}` : t("attemptNoStatus")}
        </Badge>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("attemptLatency", { ms: attempt.latency_ms })}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {formatDate(attempt.created_at)}
        </Text>
      </div>
      {attempt.error && (
        <Text size="small" className="text-ui-fg-error break-words" data-testid="delivery-attempt-error">
          {`${t("attemptError")}: ${attempt.error}`}
        </Text>
      )}
      <WebhookCodeBlock label={t("requestHeaders")} code={formatHeaders(attempt.request_headers)} />
      <WebhookCodeBlock label={t("requestBody")} code={prettyBody(attempt.request_body)} />
      {attempt.response_excerpt !== null && (
        <WebhookCodeBlock label={t("responseExcerpt")} code={attempt.response_excerpt} testId="delivery-attempt-response" />
      )}
    </li>
  )
}
