import { useEffect, useState } from "react"
import { useLicensePromptAction } from "../hooks/licenses"
import { useLicenseTranslation } from "../lib/i18n"
import { textOrNull } from "../lib/review-format"
import { TextareaField } from "./form-field"
import { FormPrompt } from "./form-prompt"

type LicenseReasonPromptProps = {
  licenseId: string
  /** Which action the prompt confirms; closed while null. */
  action: "suspend" | "revoke" | null
  onClose: () => void
}

/** Asks for an optional reason, then suspends or (after this confirmation) revokes the license. */
export function LicenseReasonPrompt({ licenseId, action, onClose }: LicenseReasonPromptProps) {
  const { t } = useLicenseTranslation()
  const { submit, isPending } = useLicensePromptAction(onClose)
  const [reason, setReason] = useState("")

  // Each opening starts with an empty reason.
  useEffect(() => {
    if (action) {
      setReason("")
    }
  }, [action])

  const confirm = () => {
    if (!action) {
      return
    }
    submit({ id: licenseId, action, reason: textOrNull(reason) }, action === "suspend" ? "toastSuspended" : "toastRevoked")
  }

  return (
    <FormPrompt
      open={action !== null}
      onClose={onClose}
      isPending={isPending}
      testId="license-reason-prompt"
      title={t(action === "revoke" ? "revokeTitle" : "suspendTitle")}
      description={t(action === "revoke" ? "revokeDescription" : "suspendDescription")}
      cancelLabel={t("cancel")}
      confirmLabel={t(action === "revoke" ? "revoke" : "suspend")}
      confirmTestId="license-reason-confirm"
      confirmVariant={action === "revoke" ? "danger" : "primary"}
      onConfirm={confirm}
    >
      <TextareaField
        id="license-reason"
        label={t("reason")}
        labelSuffix={t("optional")}
        value={reason}
        onChange={setReason}
        rows={3}
        maxLength={500}
        testId="license-reason"
      />
    </FormPrompt>
  )
}
