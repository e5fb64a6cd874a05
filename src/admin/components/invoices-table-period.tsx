import { XMarkMini } from "@medusajs/icons"
import { IconButton, Input, Text } from "@medusajs/ui"
import { invoicePeriodProblem, type InvoicePeriod } from "../lib/invoice-list-query"
import { useInvoiceTranslation } from "../lib/i18n"

type InvoicePeriodInputsProps = {
  period: InvoicePeriod
  onChange: (period: InvoicePeriod) => void
}

/** The issue-date period of the Invoices table: two day inputs and a button to drop both ends. */
export function InvoicePeriodInputs({ period, onChange }: InvoicePeriodInputsProps) {
  const { t } = useInvoiceTranslation()
  // The native pickers keep the start before the end; a typed-in date can still cross it.
  const reversed = invoicePeriodProblem(period) === "reversed"
  return (
    <div className="flex items-center gap-x-2" role="group" aria-label={t("period")} data-testid="invoices-period">
      <Text size="small" className="text-ui-fg-subtle whitespace-nowrap">
        {t("period")}
      </Text>
      <Input
        type="date"
        size="small"
        aria-label={t("periodFrom")}
        value={period.from}
        max={period.to || undefined}
        aria-invalid={reversed}
        onChange={(event) => onChange({ ...period, from: event.target.value })}
        data-testid="invoices-period-from"
      />
      <Text size="small" className="text-ui-fg-muted" aria-hidden>
        –
      </Text>
      <Input
        type="date"
        size="small"
        aria-label={t("periodTo")}
        value={period.to}
        min={period.from || undefined}
        aria-invalid={reversed}
        onChange={(event) => onChange({ ...period, to: event.target.value })}
        data-testid="invoices-period-to"
      />
      {(period.from !== "" || period.to !== "") && (
        <IconButton size="small" variant="transparent" onClick={() => onChange({ from: "", to: "" })} aria-label={t("periodClear")}>
          <XMarkMini />
        </IconButton>
      )}
    </div>
  )
}
