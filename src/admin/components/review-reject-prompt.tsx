import { Button, Prompt, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useModerateReviews } from "../hooks/reviews"
import { errorMessage } from "../lib/error-message"
import { useReviewTranslation } from "../lib/i18n"
import { textOrNull } from "../lib/review-format"
import { TextareaField } from "./form-field"

/** Asks for an optional reason, then rejects the given reviews; closed while `ids` is null. */
export function ReviewRejectPrompt({ ids, onClose, onRejected }: { ids: string[] | null; onClose: () => void; onRejected?: () => void }) {
  const { t } = useReviewTranslation()
  const moderate = useModerateReviews()
  const [reason, setReason] = useState("")
  const count = ids?.length ?? 0

  // Each opening starts with an empty reason.
  useEffect(() => {
    if (ids) {
      setReason("")
    }
  }, [ids])

  const reject = () => {
    if (!ids) {
      return
    }
    moderate.mutate(
      { ids, status: "rejected", reason: textOrNull(reason) },
      {
        onSuccess: () => {
          toast.success(t("toastRejected", { count }))
          onRejected?.()
          onClose()
        },
        onError: (failure) => toast.error(errorMessage(failure, t("errorUnknown"))),
      }
    )
  }

  return (
    <Prompt open={ids !== null} onOpenChange={(open) => !open && !moderate.isPending && onClose()}>
      <Prompt.Content data-testid="review-reject-prompt">
        <Prompt.Header>
          <Prompt.Title>{t("rejectTitle", { count })}</Prompt.Title>
          <Prompt.Description>{t("rejectDescription")}</Prompt.Description>
        </Prompt.Header>
        <div className="px-6 pb-6">
          <TextareaField
            id="review-reject-reason"
            label={t("rejectReason")}
            labelSuffix={t("optional")}
            value={reason}
            onChange={setReason}
            rows={3}
            maxLength={500}
            testId="review-reject-reason"
          />
        </div>
        <Prompt.Footer>
          <Button size="small" variant="secondary" onClick={onClose} disabled={moderate.isPending}>
            {t("cancel")}
          </Button>
          <Button size="small" variant="danger" onClick={reject} isLoading={moderate.isPending} data-testid="review-reject-confirm">
            {t("reject")}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
