import { Input, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useReplayWebhook } from "../hooks/webhooks"
import { isoToLocalInput, localInputToIso } from "../lib/deal-form-values"
import { errorMessage } from "../lib/error-message"
import { useWebhookTranslation } from "../lib/i18n"
import { defaultReplaySince } from "../lib/webhook-format"
import { FormField } from "./form-field"
import { FormPrompt } from "./form-prompt"

type WebhookReplayPromptProps = {
  webhookId: string
  open: boolean
  onClose: () => void
}

/** Asks from when, then queues again the endpoint's failed deliveries created since then. */
export function WebhookReplayPrompt({ webhookId, open, onClose }: WebhookReplayPromptProps) {
  const { t } = useWebhookTranslation()
  const replay = useReplayWebhook()
  const [since, setSince] = useState("")
  const [invalid, setInvalid] = useState(false)

  // Each opening proposes the last 24 hours.
  useEffect(() => {
    if (open) {
      setSince(isoToLocalInput(defaultReplaySince().toISOString()))
      setInvalid(false)
    }
  }, [open])

  const confirm = () => {
    const iso = localInputToIso(since)
    if (iso === null || new Date(iso).getTime() > Date.now()) {
      setInvalid(true)
      return
    }
    setInvalid(false)
    replay.mutate(
      { id: webhookId, since: iso },
      {
        onSuccess: (requeued) => {
          toast.success(t("toastReplayed", { count: requeued }))
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
      isPending={replay.isPending}
      testId="webhook-replay-prompt"
      title={t("replayTitle")}
      description={t("replayDescription")}
      cancelLabel={t("cancel")}
      confirmLabel={t("replayConfirm")}
      confirmTestId="webhook-replay-confirm"
      onConfirm={confirm}
    >
      <FormField id="webhook-replay-since" label={t("replaySince")} error={invalid ? t("errorReplaySince") : undefined}>
        <Input
          id="webhook-replay-since"
          type="datetime-local"
          value={since}
          max={isoToLocalInput(new Date().toISOString())}
          aria-invalid={invalid || undefined}
          onChange={(event) => setSince(event.target.value)}
          data-testid="webhook-replay-since"
        />
      </FormField>
    </FormPrompt>
  )
}
