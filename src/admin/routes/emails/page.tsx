import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Envelope } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { EmailsTable } from "../../components/emails-table"
import { PageHeader } from "../../components/page-header"
import { useEmailTranslation } from "../../lib/i18n"

/** The E-mails page: the log of the store's e-mails, and a way to send a failed one again. */
const EmailsPage = () => {
  const { t } = useEmailTranslation()
  return (
    <Container className="flex flex-col overflow-hidden p-0" data-testid="emails-page">
      <PageHeader title={t("emailsTitle")} description={t("emailsDescription")} />
      <EmailsTable />
    </Container>
  )
}

// The label is a key of our i18n namespace (I18N_NAMESPACE), so the sidebar reads "E-mails" in
// both languages. The admin's build reads `translationNs` statically: it must stay a string literal.
export const config = defineRouteConfig({
  label: "email.navEmails",
  translationNs: "comptoir",
  icon: Envelope,
})

export default EmailsPage
