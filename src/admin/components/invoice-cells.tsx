import { Badge, Button, StatusBadge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatMoney } from "../lib/deal-price"
import { formatInvoiceDate, INVOICE_KIND_LABELS, INVOICE_STATUS_BADGES } from "../lib/invoice-format"
import { invoicePdfUrl } from "../lib/invoice-links"
import type { AdminInvoice } from "../lib/invoice-types"
import { useInvoiceTranslation } from "../lib/i18n"

/** Where a document stands (issued blue, paid green…), with a red "Overdue" badge when it is late. */
export function InvoiceStatusBadges({ invoice }: { invoice: Pick<AdminInvoice, "status" | "overdue"> }) {
  const { t } = useInvoiceTranslation()
  const { label, color } = INVOICE_STATUS_BADGES[invoice.status]
  return (
    <div className="flex items-center gap-x-1">
      <StatusBadge color={color} data-testid="invoice-status" data-status={invoice.status}>
        {t(label)}
      </StatusBadge>
      {invoice.overdue && (
        <Badge size="2xsmall" color="red" data-testid="invoice-overdue">
          {t("overdue")}
        </Badge>
      )}
    </div>
  )
}

/** A document's number; a credit note carries a "Credit note" badge, since its number alone is easy to misread. */
export function InvoiceNumberCell({ invoice }: { invoice: Pick<AdminInvoice, "number" | "kind"> }) {
  const { t } = useInvoiceTranslation()
  return (
    <div className="flex items-center gap-x-2">
      <span className="whitespace-nowrap font-mono">{invoice.number}</span>
      {invoice.kind === "credit_note" && (
        <Badge size="2xsmall" color="orange" data-testid="invoice-credit-note">
          {t(INVOICE_KIND_LABELS.credit_note)}
        </Badge>
      )}
    </div>
  )
}

/** The day a document was issued, in the admin's language. */
export function InvoiceDateCell({ iso }: { iso: string }) {
  const { language } = useInvoiceTranslation()
  return (
    <span className="whitespace-nowrap" title={iso}>
      {formatInvoiceDate(iso, language)}
    </span>
  )
}

/** Who the document is made out to: the buyer's name over their e-mail. */
export function InvoiceCustomerCell({ buyer }: { buyer: AdminInvoice["buyer"] }) {
  const { t } = useInvoiceTranslation()
  return (
    <div className="flex max-w-[240px] flex-col overflow-hidden">
      <Text size="small" weight="plus" leading="compact" className="truncate">
        {buyer.name || t("none")}
      </Text>
      {buyer.email && (
        <Text size="small" leading="compact" className="text-ui-fg-subtle truncate">
          {buyer.email}
        </Text>
      )}
    </div>
  )
}

/** The order a document belongs to, as "#12" linking to its page. */
export function InvoiceOrderCell({ invoice }: { invoice: Pick<AdminInvoice, "order_id" | "order_display_id"> }) {
  return (
    <Link to={`/orders/${invoice.order_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover whitespace-nowrap">
      {invoice.order_display_id === null ? invoice.order_id : `#${invoice.order_display_id}`}
    </Link>
  )
}

/** An amount of a document in its currency (major units); a credit note's are negative, in red. */
export function InvoiceAmount({ amount, currencyCode }: { amount: number; currencyCode: string }) {
  const { language } = useInvoiceTranslation()
  return (
    <span className={amount < 0 ? "text-ui-fg-error whitespace-nowrap" : "whitespace-nowrap"}>
      {formatMoney(amount, currencyCode, language)}
    </span>
  )
}

/** Opens a document's PDF in a new tab. */
export function InvoicePdfLink({ invoice }: { invoice: Pick<AdminInvoice, "id" | "number"> }) {
  const { t } = useInvoiceTranslation()
  return (
    <Button size="small" variant="transparent" asChild>
      <a
        href={invoicePdfUrl(invoice.id)}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={t("openPdf", { number: invoice.number })}
        data-testid="invoice-pdf"
      >
        {t("pdf")}
      </a>
    </Button>
  )
}
