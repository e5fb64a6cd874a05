import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { DealReindexButton, DealReindexProgress } from "../../components/deal-reindex"
import { DealsTable } from "../../components/deals-table"
import { useDealTranslation } from "../../lib/i18n"

/** The Deals page: every deal of the catalogue, and the rebuild of the storefront listing. */
const DealsPage = () => {
  const { t } = useDealTranslation()
  return (
    <Container className="flex flex-col overflow-hidden p-0" data-testid="deals-page">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div className="flex items-start justify-between gap-x-4">
          <div className="flex flex-col gap-y-1">
            <Heading level="h1">{t("dealsTitle")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("dealsDescription")}
            </Text>
          </div>
          <DealReindexButton />
        </div>
        <DealReindexProgress />
      </div>
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
