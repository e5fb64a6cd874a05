import { Eye, EyeSlash } from "@medusajs/icons"
import { Button, Container, Copy, Text } from "@medusajs/ui"
import { useState } from "react"
import { useWebhookSecret } from "../hooks/webhooks"
import { errorMessage } from "../lib/error-message"
import { useWebhookTranslation } from "../lib/i18n"
import { MASKED_SECRET } from "../lib/webhook-format"
import type { AdminWebhookEndpoint } from "../lib/webhook-types"
import { useFormatWebhookDate } from "./webhook-cells"
import { WebhookRotateSecretPrompt } from "./webhook-rotate-secret-prompt"
import { WebhookSectionHeader } from "./webhook-section-header"

/** The endpoint's signing secret: masked until revealed, copyable, and rotated with an overlap. */
export function WebhookSecretSection({ webhook }: { webhook: AdminWebhookEndpoint }) {
  const { t } = useWebhookTranslation()
  const formatDate = useFormatWebhookDate()
  const [revealed, setRevealed] = useState(false)
  const [isRotating, setIsRotating] = useState(false)
  const overlapEnds = webhook.previous_secret_expires_at
  const overlapRunning = overlapEnds !== null && new Date(overlapEnds).getTime() > Date.now()

  return (
    <Container className="divide-y p-0" data-testid="webhook-secret">
      <WebhookSectionHeader
        title={t("secretTitle")}
        description={t("secretDescription")}
        actions={
          <>
            <Button
              size="small"
              variant="secondary"
              onClick={() => setRevealed((current) => !current)}
              data-testid="webhook-secret-reveal"
            >
              {revealed ? <EyeSlash /> : <Eye />}
              {revealed ? t("hide") : t("reveal")}
            </Button>
            <Button size="small" variant="secondary" onClick={() => setIsRotating(true)} data-testid="webhook-secret-rotate">
              {t("rotate")}
            </Button>
          </>
        }
      />
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {revealed ? <RevealedSecret webhookId={webhook.id} /> : <SecretLine value={MASKED_SECRET} copyable={false} />}
        {overlapRunning && (
          <Text size="small" className="text-ui-fg-subtle" data-testid="webhook-secret-overlap">
            {t("previousSecretUntil", { date: formatDate(overlapEnds) })}
          </Text>
        )}
      </div>
      <WebhookRotateSecretPrompt
        webhookId={webhook.id}
        open={isRotating}
        onClose={() => setIsRotating(false)}
        // The new secret is the one to hand to the receiver: show it right away.
        onRotated={() => setRevealed(true)}
      />
    </Container>
  )
}

/** The secret (and the previous one during an overlap), fetched when mounted, forgotten when unmounted. */
function RevealedSecret({ webhookId }: { webhookId: string }) {
  const { t } = useWebhookTranslation()
  const { data, isPending, isError, error } = useWebhookSecret(webhookId)
  if (isError) {
    return (
      <Text size="small" className="text-ui-fg-error">
        {`${t("secretLoadError")}: ${errorMessage(error, t("errorUnknown"))}`}
      </Text>
    )
  }
  if (isPending) {
    return <div className="bg-ui-bg-component h-9 animate-pulse rounded-md" />
  }
  return (
    <>
      <SecretLine value={data.secret} copyable />
      {data.previous_secret && (
        <div className="flex flex-col gap-y-1">
          <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
            {t("previousSecret")}
          </Text>
          <SecretLine value={data.previous_secret} copyable testId="webhook-previous-secret-value" />
        </div>
      )}
    </>
  )
}

function SecretLine({ value, copyable, testId = "webhook-secret-value" }: { value: string; copyable: boolean; testId?: string }) {
  const { t } = useWebhookTranslation()
  return (
    <div className="bg-ui-bg-subtle flex items-center justify-between gap-x-2 rounded-md px-3 py-2">
      <code className="txt-compact-small min-w-0 break-all font-mono" data-testid={testId}>
        {value}
      </code>
      {copyable && <Copy content={value} aria-label={t("copySecret")} className="shrink-0" data-testid={`${testId}-copy`} />}
    </div>
  )
}
