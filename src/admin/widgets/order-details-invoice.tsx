import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { ArrowDownTray, ArrowUpRightOnBox } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { InvoiceAmount, InvoicePdfLink, InvoiceStatusBadges } from "../components/invoice-cells"
import { useOrderInvoices } from "../hooks/invoices"
import { useInvoiceTranslation } from "../lib/i18n"
import { formatInvoiceDate, orderInvoiceDocuments } from "../lib/invoice-format"
import { invoicePdfUrl } from "../lib/invoice-links"
import type { AdminInvoice } from "../lib/invoice-types"
import { WidgetLoadState } from "../components/widget-load-state"

/** An order's invoice with its PDF, and the credit notes issued against it. */
const OrderInvoiceWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useInvoiceTranslation()
  const { data, isPending, isError, error } = useOrderInvoices(order.id)
  const { invoice, creditNotes } = orderInvoiceDocuments(data ?? [])

  return (
    <Container className="divide-y p-0" data-testid="invoice-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">{t("widgetTitle")}</Heading>
        {invoice && <InvoiceStatusBadges invoice={invoice} />}
      </div>
      {isError || isPending ? (
        <WidgetLoadState isError={isError} error={error} loadError={t("loadError")} unknownError={t("errorUnknown")} />
      ) : (
        <>
          {invoice ? (
            <OrderInvoice invoice={invoice} />
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="invoice-widget-empty">
              {t("widgetEmpty")}
            </Text>
          )}
          {creditNotes.length > 0 && <OrderCreditNotes creditNotes={creditNotes} />}
        </>
      )}
    </Container>
  )
}

function OrderInvoice({ invoice }: { invoice: AdminInvoice }) {
  const { t, language } = useInvoiceTranslation()
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="invoice-widget-invoice">
      <div className="flex items-baseline justify-between gap-x-2">
        <div className="flex flex-col">
          <Text size="small" weight="plus" className="font-mono">
            {invoice.number}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {formatInvoiceDate(invoice.issued_at, language)}
          </Text>
        </div>
        <Text size="small" weight="plus" title={t("columnGross")}>
          <InvoiceAmount amount={invoice.total_gross} currencyCode={invoice.currency_code} />
        </Text>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button size="small" variant="secondary" asChild>
          <a href={invoicePdfUrl(invoice.id, true)} download data-testid="invoice-widget-download">
            <ArrowDownTray />
            {t("widgetDownload")}
          </a>
        </Button>
        <Button size="small" variant="transparent" asChild>
          <a href={invoicePdfUrl(invoice.id)} target="_blank" rel="noopener noreferrer" data-testid="invoice-widget-open">
            <ArrowUpRightOnBox />
            {t("widgetOpen")}
          </a>
        </Button>
      </div>
    </div>
  )
}

function OrderCreditNotes({ creditNotes }: { creditNotes: AdminInvoice[] }) {
  const { t } = useInvoiceTranslation()
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="invoice-widget-credit-notes">
      <Text size="small" weight="plus">
        {t("widgetCreditNotes")}
      </Text>
      <ul className="flex flex-col gap-y-1">
        {creditNotes.map((creditNote) => (
          <li key={creditNote.id} className="flex items-center justify-between gap-x-2">
            <Text size="small" className="truncate font-mono">
              {creditNote.number}
            </Text>
            <div className="flex items-center gap-x-1">
              <Text size="small">
                <InvoiceAmount amount={creditNote.total_gross} currencyCode={creditNote.currency_code} />
              </Text>
              <InvoicePdfLink invoice={creditNote} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}

// In the order's side column, after the dashboard's own sections.
export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderInvoiceWidget
