import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Key } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { LicensesTable } from "../../components/licenses-table"
import { PageHeader } from "../../components/page-header"
import { useLicenseTranslation } from "../../lib/i18n"

/** The Licenses page: every license key sold, its devices, and the merchant's actions on it. */
const LicensesPage = () => {
  const { t } = useLicenseTranslation()
  return (
    <Container className="flex flex-col overflow-hidden p-0" data-testid="licenses-page">
      <PageHeader title={t("licensesTitle")} description={t("licensesDescription")} />
      <LicensesTable />
    </Container>
  )
}

// The label is a key of our i18n namespace (I18N_NAMESPACE), so the sidebar reads "Licenses" or
// "Licences". The admin's build reads `translationNs` statically: it must stay a string literal.
export const config = defineRouteConfig({
  label: "license.navLicenses",
  translationNs: "comptoir",
  icon: Key,
})

export default LicensesPage
