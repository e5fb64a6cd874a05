import { ArrowPath } from "@medusajs/icons"
import { Button, Container } from "@medusajs/ui"
import { useState } from "react"
import { useWebhookTranslation } from "../lib/i18n"
import { WebhookDeliveriesTable } from "./webhook-deliveries-table"
import { WebhookReplayPrompt } from "./webhook-replay-prompt"
import { WebhookSectionHeader } from "./webhook-section-header"

type WebhookDeliveriesSectionProps = {
  webhookId: string
  onOpenDelivery: (id: string) => void
}

/** An endpoint's delivery log, and the replay of its failures since a given moment. */
export function WebhookDeliveriesSection({ webhookId, onOpenDelivery }: WebhookDeliveriesSectionProps) {
  const { t } = useWebhookTranslation()
  const [isReplaying, setIsReplaying] = useState(false)
  return (
    <Container className="flex flex-col overflow-hidden p-0" data-testid="webhook-deliveries">
      <WebhookSectionHeader
        title={t("deliveriesTitle")}
        description={t("deliveriesDescription")}
        actions={
          <Button size="small" variant="secondary" onClick={() => setIsReplaying(true)} data-testid="webhook-replay">
            <ArrowPath />
            {t("replay")}
          </Button>
        }
      />
      <WebhookDeliveriesTable webhookId={webhookId} onOpenDelivery={onOpenDelivery} />
      <WebhookReplayPrompt webhookId={webhookId} open={isReplaying} onClose={() => setIsReplaying(false)} />
    </Container>
  )
}
