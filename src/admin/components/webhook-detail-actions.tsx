import { Button, toast, usePrompt } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { useDeleteWebhook, useEnableWebhook, useSendWebhookTest } from "../hooks/webhooks"
import { errorMessage } from "../lib/error-message"
import { useWebhookTranslation } from "../lib/i18n"
import { WEBHOOKS_PATH } from "../lib/webhook-links"
import type { AdminWebhookDelivery, AdminWebhookEndpoint } from "../lib/webhook-types"

type WebhookDetailActionsProps = {
  webhook: AdminWebhookEndpoint
  onEdit: () => void
  /** Opens a delivery's drawer, e.g. the test just sent. */
  onOpenDelivery: (id: string) => void
}

/** An endpoint's buttons: edit, send a test, enable again (when disabled) and delete (after confirming). */
export function WebhookDetailActions({ webhook, onEdit, onOpenDelivery }: WebhookDetailActionsProps) {
  const { t } = useWebhookTranslation()
  const prompt = usePrompt()
  const navigate = useNavigate()
  const sendTest = useSendWebhookTest()
  const enable = useEnableWebhook()
  const remove = useDeleteWebhook()
  const onFailure = (failure: unknown) => toast.error(errorMessage(failure, t("errorUnknown")))

  const announceTest = (delivery: AdminWebhookDelivery) => {
    const view = { label: t("viewDelivery"), altText: t("viewDelivery"), onClick: () => onOpenDelivery(delivery.id) }
    if (delivery.state === "succeeded") {
      toast.success(t("testSucceeded"), { action: view })
    } else if (delivery.state === "failed") {
      toast.error(t("testFailed"), { description: deliveryFailure(delivery), action: view })
    } else {
      toast.info(t("testQueued"), { description: delivery.last_error ?? undefined, action: view })
    }
  }

  const confirmDelete = async () => {
    const confirmed = await prompt({
      title: t("deleteTitle"),
      description: t("deleteDescription", { url: webhook.url }),
      confirmText: t("delete"),
      cancelText: t("cancel"),
    })
    if (!confirmed) {
      return
    }
    remove.mutate(webhook.id, {
      onSuccess: () => {
        toast.success(t("toastDeleted"))
        navigate(WEBHOOKS_PATH, { replace: true })
      },
      onError: onFailure,
    })
  }

  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {webhook.status === "disabled" && (
        <Button
          size="small"
          onClick={() => enable.mutate(webhook.id, { onSuccess: () => toast.success(t("toastEnabled")), onError: onFailure })}
          isLoading={enable.isPending}
          data-testid="webhook-enable"
        >
          {t("enable")}
        </Button>
      )}
      <Button
        size="small"
        variant="secondary"
        onClick={() => sendTest.mutate(webhook.id, { onSuccess: announceTest, onError: onFailure })}
        isLoading={sendTest.isPending}
        data-testid="webhook-send-test"
      >
        {t("sendTest")}
      </Button>
      <Button size="small" variant="secondary" onClick={onEdit} data-testid="webhook-edit">
        {t("edit")}
      </Button>
      <Button size="small" variant="danger" onClick={confirmDelete} isLoading={remove.isPending} data-testid="webhook-delete">
        {t("delete")}
      </Button>
    </div>
  )
}

/** What went wrong with a failed delivery, in a line: "HTTP 500 — Internal error". */
function deliveryFailure(delivery: AdminWebhookDelivery): string | undefined {
  const parts = [delivery.last_status !== null ? `HTTP ${delivery.last_status}` : null, delivery.last_error].filter(Boolean)
  return parts.length > 0 ? parts.join(" — ") : undefined
}
