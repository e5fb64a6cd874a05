import { toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useModerateReviews } from "../hooks/reviews"
import { errorMessage } from "../lib/error-message"
import { useReviewTranslation } from "../lib/i18n"
import { textOrNull } from "../lib/review-format"
import { TextareaField } from "./form-field"
import { FormPrompt } from "./form-prompt"

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
    <FormPrompt
      open={ids !== null}
      onClose={onClose}
      isPending={moderate.isPending}
      testId="review-reject-prompt"
      title={t("rejectTitle", { count })}
      description={t("rejectDescription")}
      cancelLabel={t("cancel")}
      confirmLabel={t("reject")}
      confirmTestId="review-reject-confirm"
      confirmVariant="danger"
      onConfirm={reject}
    >
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
    </FormPrompt>
  )
}
