import { Button, Input, Prompt, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useReplayWebhook } from "../hooks/webhooks"
import { isoToLocalInput, localInputToIso } from "../lib/deal-form-values"
import { errorMessage } from "../lib/error-message"
import { useWebhookTranslation } from "../lib/i18n"
import { defaultReplaySince } from "../lib/webhook-format"
import { FormField } from "./form-field"

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
    <Prompt open={open} onOpenChange={(next) => !next && !replay.isPending && onClose()}>
      <Prompt.Content data-testid="webhook-replay-prompt">
        <Prompt.Header>
          <Prompt.Title>{t("replayTitle")}</Prompt.Title>
          <Prompt.Description>{t("replayDescription")}</Prompt.Description>
        </Prompt.Header>
        <div className="px-6 pb-6">
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
        </div>
        <Prompt.Footer>
          <Button size="small" variant="secondary" onClick={onClose} disabled={replay.isPending}>
            {t("cancel")}
          </Button>
          <Button size="small" onClick={confirm} isLoading={replay.isPending} data-testid="webhook-replay-confirm">
            {t("replayConfirm")}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
