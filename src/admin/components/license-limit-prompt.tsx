import { Input } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useLicensePromptAction } from "../hooks/licenses"
import { useLicenseTranslation } from "../lib/i18n"
import { MAX_ACTIVATIONS_RANGE, parseLimitOverride } from "../lib/license-format"
import type { AdminLicenseDetail } from "../lib/license-types"
import { FormField } from "./form-field"
import { FormPrompt } from "./form-prompt"

type LicenseLimitPromptProps = { license: AdminLicenseDetail; open: boolean; onClose: () => void }

/** Asks for this license's own device limit; empty gives it back its policy's. */
export function LicenseLimitPrompt({ license, open, onClose }: LicenseLimitPromptProps) {
  const { t } = useLicenseTranslation()
  const { submit, isPending } = useLicensePromptAction(onClose)
  const [value, setValue] = useState("")
  const [invalid, setInvalid] = useState(false)

  // Each opening starts from the license's current override.
  useEffect(() => {
    if (open) {
      setValue(license.max_activations_override === null ? "" : String(license.max_activations_override))
      setInvalid(false)
    }
  }, [open, license.max_activations_override])

  const confirm = () => {
    const override = parseLimitOverride(value)
    if (override === "invalid") {
      setInvalid(true)
      return
    }
    setInvalid(false)
    submit({ id: license.id, action: "limit", max_activations_override: override }, "toastLimit")
  }

  const policyLimit = license.policy_max_activations === null ? t("none") : String(license.policy_max_activations)
  return (
    <FormPrompt
      open={open}
      onClose={onClose}
      isPending={isPending}
      testId="license-limit-prompt"
      title={t("limitTitle")}
      description={t("limitDescription", { policy: policyLimit })}
      cancelLabel={t("cancel")}
      confirmLabel={t("save")}
      confirmTestId="license-limit-confirm"
      onConfirm={confirm}
    >
      <FormField id="license-limit" label={t("limitField")} labelSuffix={t("optional")} error={invalid ? t("errorLimit") : undefined}>
        <Input
          id="license-limit"
          type="number"
          min={MAX_ACTIVATIONS_RANGE.min}
          max={MAX_ACTIVATIONS_RANGE.max}
          step={1}
          value={value}
          placeholder={policyLimit}
          aria-invalid={invalid || undefined}
          onChange={(event) => setValue(event.target.value)}
          data-testid="license-limit"
        />
      </FormField>
    </FormPrompt>
  )
}
