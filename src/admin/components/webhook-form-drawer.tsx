import { Drawer, Heading } from "@medusajs/ui"
import { useWebhookTranslation } from "../lib/i18n"
import type { AdminWebhookEndpoint } from "../lib/webhook-types"
import { WebhookForm } from "./webhook-form"

type WebhookFormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The endpoint to edit; absent to create one. */
  webhook?: AdminWebhookEndpoint
  /** Called with the endpoint just created (not after an edit). */
  onCreated?: (webhook: AdminWebhookEndpoint) => void
}

/** The drawer that creates an endpoint or edits one. */
export function WebhookFormDrawer({ open, onOpenChange, webhook, onCreated }: WebhookFormDrawerProps) {
  const { t } = useWebhookTranslation()
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="webhook-drawer">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{webhook ? t("drawerEditTitle") : t("drawerCreateTitle")}</Heading>
          </Drawer.Title>
          <Drawer.Description className="sr-only">{t("drawerDescription")}</Drawer.Description>
        </Drawer.Header>
        {/* Mounted only while open, so each opening starts from the latest saved endpoint. */}
        {open && (
          <WebhookForm
            webhook={webhook}
            onDone={(saved) => {
              onOpenChange(false)
              if (!webhook && saved) {
                onCreated?.(saved)
              }
            }}
          />
        )}
      </Drawer.Content>
    </Drawer>
  )
}
