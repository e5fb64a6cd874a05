import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { DealReindexButton, DealReindexProgress } from "../../components/deal-reindex"
import { DealsTable } from "../../components/deals-table"
import { PageHeader } from "../../components/page-header"
import { useDealTranslation } from "../../lib/i18n"

/** The Deals page: every deal of the catalogue, and the rebuild of the storefront listing. */
const DealsPage = () => {
  const { t } = useDealTranslation()
  return (
    <Container className="flex flex-col overflow-hidden p-0" data-testid="deals-page">
      <PageHeader title={t("dealsTitle")} description={t("dealsDescription")} actions={<DealReindexButton />}>
        <DealReindexProgress />
      </PageHeader>
      <DealsTable />
    </Container>
  )
}

// The label is a key of our i18n namespace (I18N_NAMESPACE), so the sidebar reads "Deals" or
// "Offres". The admin's build reads `translationNs` statically: it must stay a string literal.
export const config = defineRouteConfig({
  label: "deal.navDeals",
  translationNs: "comptoir",
  icon: ReceiptPercent,
})

export default DealsPage
