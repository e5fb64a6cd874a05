import { Input, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useRotateWebhookSecret } from "../hooks/webhooks"
import { errorMessage } from "../lib/error-message"
import { useWebhookTranslation } from "../lib/i18n"
import { DEFAULT_OVERLAP_HOURS, parseOverlapHours } from "../lib/webhook-format"
import { useFormatWebhookDate } from "./webhook-cells"
import { FormField } from "./form-field"
import { FormPrompt } from "./form-prompt"

type WebhookRotateSecretPromptProps = {
  webhookId: string
  open: boolean
  onClose: () => void
  onRotated: () => void
}

/** Asks for the overlap (hours during which both secrets sign), then replaces the endpoint's secret. */
export function WebhookRotateSecretPrompt({ webhookId, open, onClose, onRotated }: WebhookRotateSecretPromptProps) {
  const { t } = useWebhookTranslation()
  const formatDate = useFormatWebhookDate()
  const rotate = useRotateWebhookSecret()
  const [hours, setHours] = useState(String(DEFAULT_OVERLAP_HOURS))
  const [invalid, setInvalid] = useState(false)

  // Each opening starts from the default overlap.
  useEffect(() => {
    if (open) {
      setHours(String(DEFAULT_OVERLAP_HOURS))
      setInvalid(false)
    }
  }, [open])

  const confirm = () => {
    const overlap = parseOverlapHours(hours)
    setInvalid(overlap === null)
    if (overlap === null) {
      return
    }
    rotate.mutate(
      { id: webhookId, overlap_hours: overlap },
      {
        onSuccess: (secret) => {
          toast.success(
            secret.previous_secret_expires_at
              ? t("toastRotatedUntil", { date: formatDate(secret.previous_secret_expires_at) })
              : t("toastRotated")
          )
          onRotated()
          onClose()
        },
        onError: (failure) => toast.error(errorMessage(failure, t("errorUnknown"))),
      }
    )
  }

  return (
    <FormPrompt
      open={open}
      onClose={onClose}
      isPending={rotate.isPending}
      testId="webhook-rotate-prompt"
      title={t("rotateTitle")}
      description={t("rotateDescription")}
      cancelLabel={t("cancel")}
      confirmLabel={t("rotate")}
      confirmTestId="webhook-rotate-confirm"
      onConfirm={confirm}
    >
      <FormField
        id="webhook-rotate-overlap"
        label={t("overlapHours")}
        hint={t("overlapHint")}
        error={invalid ? t("errorOverlap") : undefined}
      >
        <Input
          id="webhook-rotate-overlap"
          type="number"
          min={0}
          step={1}
          className="max-w-[160px]"
          value={hours}
          aria-invalid={invalid || undefined}
          onChange={(event) => setHours(event.target.value)}
          data-testid="webhook-rotate-overlap"
        />
      </FormField>
    </FormPrompt>
  )
}
