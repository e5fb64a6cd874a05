import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { InvoicesTable } from "../../components/invoices-table"
import { PageHeader } from "../../components/page-header"
import { useInvoiceTranslation } from "../../lib/i18n"

/** The Invoices page: the store's invoices and credit notes, their PDFs and the accounting export. */
const InvoicesPage = () => {
  const { t } = useInvoiceTranslation()
  return (
    <Container className="flex flex-col overflow-hidden p-0" data-testid="invoices-page">
      <PageHeader title={t("invoicesTitle")} description={t("invoicesDescription")} />
      <InvoicesTable />
    </Container>
  )
}

// The label is a key of our i18n namespace (I18N_NAMESPACE), so the sidebar reads "Invoices" or
// "Factures". The admin's build reads `translationNs` statically: it must stay a string literal.
export const config = defineRouteConfig({
  label: "invoice.navInvoices",
  translationNs: "comptoir",
  icon: DocumentText,
})

export default InvoicesPage
