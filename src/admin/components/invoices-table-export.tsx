import { ArrowDownTray } from "@medusajs/icons"
import { Button, Tooltip } from "@medusajs/ui"
import { invoicePeriodProblem, type InvoicePeriod } from "../lib/invoice-list-query"
import { invoiceExportUrl } from "../lib/invoice-links"
import { useInvoiceTranslation, type InvoiceMessageKey } from "../lib/i18n"

const EXPORT_PROBLEM_LABELS = {
  missing: "exportMissingPeriod",
  reversed: "exportReversedPeriod",
  "too-long": "exportPeriodTooLong",
} as const satisfies Record<NonNullable<ReturnType<typeof invoicePeriodProblem>>, InvoiceMessageKey>

type InvoiceExportButtonProps = {
  period: InvoicePeriod
  /** The table's filters: the export keeps its kind and status. */
  filters: Record<string, unknown>
}

/** Downloads the accounting CSV of the chosen period; disabled, with the reason, when the export would refuse it. */
export function InvoiceExportButton({ period, filters }: InvoiceExportButtonProps) {
  const { t } = useInvoiceTranslation()
  const problem = invoicePeriodProblem(period)
  if (problem !== null) {
    return (
      // A disabled button gets no pointer events: the tooltip hangs on a wrapper that does.
      <Tooltip content={t(EXPORT_PROBLEM_LABELS[problem])}>
        <span tabIndex={0} data-testid="invoices-export-disabled">
          <Button size="small" variant="secondary" disabled>
            <ArrowDownTray />
            {t("exportCsv")}
          </Button>
        </span>
      </Tooltip>
    )
  }
  return (
    <Tooltip content={t("exportHint")}>
      <Button size="small" variant="secondary" asChild>
        {/* The route answers with an attachment: the browser saves it and the page stays. */}
        <a href={invoiceExportUrl(period, filters)} download data-testid="invoices-export">
          <ArrowDownTray />
          {t("exportCsv")}
        </a>
      </Button>
    </Tooltip>
  )
}
