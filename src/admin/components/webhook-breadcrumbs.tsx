import { useWebhook } from "../hooks/webhooks"
import { useWebhookTranslation } from "../lib/i18n"
import { webhookHost } from "../lib/webhook-format"

/** The Webhooks page's breadcrumb, in the admin's language. */
export function WebhooksBreadcrumb() {
  const { t } = useWebhookTranslation()
  return <>{t("navWebhooks")}</>
}

/** An endpoint's breadcrumb: the host it sends to, from the page's own query (its id until loaded). */
export function WebhookDetailBreadcrumb({ id }: { id: string }) {
  const { data: webhook } = useWebhook(id)
  return <>{webhook ? webhookHost(webhook.url) : id}</>
}
