import { Button, Heading, Text, toast } from "@medusajs/ui"
import { useRetryWebhookDelivery, useWebhookDelivery } from "../hooks/webhooks"
import { errorMessage } from "../lib/error-message"
import { useWebhookTranslation } from "../lib/i18n"
import { prettyJson } from "../lib/webhook-format"
import type { AdminWebhookDelivery, AdminWebhookDeliveryDetail } from "../lib/webhook-types"
import { DetailDrawer, DrawerCloseFooter } from "./detail-drawer"
import { useFormatWebhookDate, WebhookDeliveryStateBadge } from "./webhook-cells"
import { WebhookCodeBlock } from "./webhook-code-block"
import { WebhookDeliveryAttempt } from "./webhook-delivery-attempt"

type WebhookDeliveryDrawerProps = {
  /** The delivery to show; the drawer is closed while it is null. */
  deliveryId: string | null
  onClose: () => void
}

/** A delivery in full: the payload, every attempt with its request and answer, and a way to send it again. */
export function WebhookDeliveryDrawer({ deliveryId, onClose }: WebhookDeliveryDrawerProps) {
  const { t } = useWebhookTranslation()
  const { data: delivery, isPending, isError, error } = useWebhookDelivery(deliveryId)
  const retry = useRetryWebhookDelivery()

  const announce = (sent: AdminWebhookDelivery) => {
    if (sent.state === "succeeded") {
      toast.success(t("retrySucceeded"))
    } else if (sent.state === "failed") {
      toast.error(t("retryFailed"), { description: sent.last_error ?? undefined })
    } else {
      toast.info(t("retryQueued"))
    }
  }

  return (
    <DetailDrawer
      open={deliveryId !== null}
      onClose={onClose}
      testId="delivery-drawer"
      title={t("deliveryTitle")}
      description={t("deliveryDescription")}
      record={delivery}
      isPending={isPending}
      errorText={isError ? `${t("deliveriesLoadError")}: ${errorMessage(error, t("errorUnknown"))}` : null}
      footer={
        <DrawerCloseFooter closeLabel={t("close")} onClose={onClose}>
          {delivery && delivery.state !== "pending" && (
            <Button
              size="small"
              onClick={() => retry.mutate(delivery.id, { onSuccess: announce, onError: (failure) => toast.error(errorMessage(failure, t("errorUnknown"))) })}
              isLoading={retry.isPending}
              data-testid="delivery-retry"
            >
              {t("retry")}
            </Button>
          )}
        </DrawerCloseFooter>
      }
    >
      {(loaded) => <DeliveryDetails delivery={loaded} />}
    </DetailDrawer>
  )
}

function DeliveryDetails({ delivery }: { delivery: AdminWebhookDeliveryDetail }) {
  const { t } = useWebhookTranslation()
  const formatDate = useFormatWebhookDate()
  // The latest attempt says the most: first.
  const attempts = [...delivery.attempts_log].sort((a, b) => b.attempt - a.attempt)
  return (
    <>
      <div className="flex flex-col gap-y-2">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Text size="base" weight="plus" className="font-mono" data-testid="delivery-event-type">
            {delivery.event_type}
          </Text>
          <WebhookDeliveryStateBadge state={delivery.state} />
        </div>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {formatDate(delivery.created_at)}
        </Text>
        {delivery.endpoint_url && (
          <Text size="xsmall" className="text-ui-fg-subtle break-all font-mono">
            {delivery.endpoint_url}
          </Text>
        )}
        <Text size="xsmall" className="text-ui-fg-subtle break-all">
          {`${t("messageId")}: `}
          <span className="font-mono">{delivery.message_id}</span>
        </Text>
      </div>
      <WebhookCodeBlock label={t("payload")} code={prettyJson(delivery.payload)} testId="delivery-payload" />
      <section className="flex flex-col gap-y-3">
        <Heading level="h3">{`${t("attempts")} (${delivery.attempts})`}</Heading>
        {attempts.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("noAttempts")}
          </Text>
        ) : (
          <ol className="flex flex-col gap-y-4">
            {attempts.map((attempt) => (
              <WebhookDeliveryAttempt key={attempt.id} attempt={attempt} />
            ))}
          </ol>
        )}
      </section>
    </>
  )
}
