import { invoicePeriodProblem, type InvoicePeriod } from "../lib/invoice-list-query"
import { useInvoiceTranslation } from "../lib/i18n"
import { DayPeriodInputs } from "./day-period-inputs"

type InvoicePeriodInputsProps = {
  period: InvoicePeriod
  onChange: (period: InvoicePeriod) => void
}

/** The issue-date period of the Invoices table: two day inputs and a button to drop both ends. */
export function InvoicePeriodInputs({ period, onChange }: InvoicePeriodInputsProps) {
  const { t } = useInvoiceTranslation()
  const labels = { period: t("period"), from: t("periodFrom"), to: t("periodTo"), clear: t("periodClear") }
  // The native pickers keep the start before the end; a typed-in date can still cross it.
  const reversed = invoicePeriodProblem(period) === "reversed"
  return <DayPeriodInputs period={period} onChange={onChange} labels={labels} testId="invoices-period" invalid={reversed} />
}
