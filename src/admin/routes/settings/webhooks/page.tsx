import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Bolt } from "@medusajs/icons"
import { Button, Container } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { PageHeader } from "../../../components/page-header"
import { WebhooksBreadcrumb } from "../../../components/webhook-breadcrumbs"
import { WebhookFormDrawer } from "../../../components/webhook-form-drawer"
import { WebhooksTable } from "../../../components/webhooks-table"
import { useWebhookTranslation } from "../../../lib/i18n"
import { webhookDetailPath } from "../../../lib/webhook-links"

/** The Webhooks settings page: the endpoints that receive the store's events, and a way to add one. */
const WebhooksPage = () => {
  const { t } = useWebhookTranslation()
  const navigate = useNavigate()
  const [isCreating, setIsCreating] = useState(false)
  return (
    <Container className="flex flex-col overflow-hidden p-0" data-testid="webhooks-page">
      <PageHeader
        title={t("webhooksTitle")}
        description={t("webhooksDescription")}
        actions={
          <Button size="small" variant="secondary" onClick={() => setIsCreating(true)} data-testid="webhook-create">
            {t("create")}
          </Button>
        }
      />
      <WebhooksTable onCreate={() => setIsCreating(true)} />
      <WebhookFormDrawer
        open={isCreating}
        onOpenChange={setIsCreating}
        onCreated={(webhook) => navigate(webhookDetailPath(webhook.id))}
      />
    </Container>
  )
}

// A route under settings/ is listed in Settings → Extensions. The label is a key of our i18n
// namespace (I18N_NAMESPACE); the admin's build reads `translationNs` statically: it must stay a string literal.
export const config = defineRouteConfig({
  label: "webhook.navWebhooks",
  translationNs: "comptoir",
  icon: Bolt,
})

// The admin's breadcrumbs read `handle.breadcrumb` (the config's label is not one).
export const handle = {
  breadcrumb: () => <WebhooksBreadcrumb />,
}

export default WebhooksPage
