import { Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { useParams, type UIMatch } from "react-router-dom"
import { WebhookDetailBreadcrumb } from "../../../../components/webhook-breadcrumbs"
import { WebhookDeliveriesSection } from "../../../../components/webhook-deliveries-section"
import { WebhookDeliveryDrawer } from "../../../../components/webhook-delivery-drawer"
import { WebhookDetailHeader } from "../../../../components/webhook-detail-header"
import { WebhookDisabledBanner } from "../../../../components/webhook-disabled-banner"
import { WebhookFormDrawer } from "../../../../components/webhook-form-drawer"
import { WebhookSecretSection } from "../../../../components/webhook-secret-section"
import { WebhookVerifySnippet } from "../../../../components/webhook-verify-snippet"
import { useWebhook } from "../../../../hooks/webhooks"
import { errorMessage } from "../../../../lib/error-message"
import { useWebhookTranslation } from "../../../../lib/i18n"

/** One webhook endpoint: its setup, signing secret, delivery log and how to verify its requests. */
const WebhookDetailPage = () => {
  const { t } = useWebhookTranslation()
  const { id = "" } = useParams()
  const { data: webhook, isPending, isError, error } = useWebhook(id)
  const [isEditing, setIsEditing] = useState(false)
  const [openDeliveryId, setOpenDeliveryId] = useState<string | null>(null)

  if (isError || isPending) {
    return (
      <Container className="px-6 py-4" data-testid="webhook-detail">
        {isError ? (
          <Text size="small" className="text-ui-fg-error" data-testid="webhook-detail-error">
            {`${t("detailLoadError")}: ${errorMessage(error, t("errorUnknown"))}`}
          </Text>
        ) : (
          <div className="bg-ui-bg-component h-24 animate-pulse rounded-md" />
        )}
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="webhook-detail">
      <WebhookDisabledBanner webhook={webhook} />
      <WebhookDetailHeader webhook={webhook} onEdit={() => setIsEditing(true)} onOpenDelivery={setOpenDeliveryId} />
      <WebhookSecretSection webhook={webhook} />
      <WebhookDeliveriesSection webhookId={webhook.id} onOpenDelivery={setOpenDeliveryId} />
      <WebhookVerifySnippet />
      <WebhookFormDrawer open={isEditing} onOpenChange={setIsEditing} webhook={webhook} />
      <WebhookDeliveryDrawer deliveryId={openDeliveryId} onClose={() => setOpenDeliveryId(null)} />
    </div>
  )
}

// The admin's breadcrumbs read `handle.breadcrumb`: the endpoint's host once loaded.
export const handle = {
  breadcrumb: (match: UIMatch) => <WebhookDetailBreadcrumb id={match.params.id ?? ""} />,
}

export default WebhookDetailPage
