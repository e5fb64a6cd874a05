import { Input } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useLicensePromptAction } from "../hooks/licenses"
import { useLicenseTranslation } from "../lib/i18n"
import { isIsoDay } from "../lib/invoice-list-query"
import { isoToDayInput } from "../lib/license-format"
import type { AdminLicenseDetail } from "../lib/license-types"
import { dayEndIso } from "../lib/webhook-list-query"
import { FormField, SwitchField } from "./form-field"
import { FormPrompt } from "./form-prompt"

type LicenseExtendPromptProps = { license: AdminLicenseDetail; open: boolean; onClose: () => void }

/** Asks for the license's last valid day, or makes it perpetual; an expired license given a later day works again. */
export function LicenseExtendPrompt({ license, open, onClose }: LicenseExtendPromptProps) {
  const { t } = useLicenseTranslation()
  const { submit, isPending } = useLicensePromptAction(onClose)
  const [day, setDay] = useState("")
  const [perpetual, setPerpetual] = useState(false)
  const [invalid, setInvalid] = useState(false)

  // Each opening starts from the license's current end.
  useEffect(() => {
    if (open) {
      setDay(isoToDayInput(license.expires_at))
      setPerpetual(license.expires_at === null)
      setInvalid(false)
    }
  }, [open, license.expires_at])

  const confirm = () => {
    if (!perpetual && !isIsoDay(day)) {
      setInvalid(true)
      return
    }
    setInvalid(false)
    // The chosen day is included: the license ends at its last instant, in the admin's time zone.
    const expiresAt = perpetual ? null : dayEndIso(day)
    submit({ id: license.id, action: "extend", expires_at: expiresAt }, "toastExtended")
  }

  return (
    <FormPrompt
      open={open}
      onClose={onClose}
      isPending={isPending}
      testId="license-extend-prompt"
      title={t("extendTitle")}
      description={t("extendDescription")}
      cancelLabel={t("cancel")}
      confirmLabel={t("save")}
      confirmTestId="license-extend-confirm"
      onConfirm={confirm}
      bodyClassName="flex flex-col gap-y-4"
    >
      <SwitchField
        id="license-extend-perpetual"
        label={t("extendPerpetual")}
        checked={perpetual}
        onCheckedChange={setPerpetual}
      />
      {!perpetual && (
        <FormField id="license-extend-date" label={t("extendDate")} error={invalid ? t("errorExtendDate") : undefined}>
          <Input
            id="license-extend-date"
            type="date"
            value={day}
            aria-invalid={invalid || undefined}
            onChange={(event) => setDay(event.target.value)}
            data-testid="license-extend-date"
          />
        </FormField>
      )}
    </FormPrompt>
  )
}
