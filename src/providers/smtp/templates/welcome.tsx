import { Button, Section, Text } from "@react-email/components"
import type { ShopIdentity } from "../options"
import type { WelcomeEmailData } from "../types"
import { emailStrings, type Locale } from "./i18n"
import { EmailLayout, emailStyles, Greeting } from "./layout"
import { defineEmailTemplate, emailSchemas, type EmailTemplateProps } from "./template"

/** "Bienvenue chez Comptoir" / "Welcome to Comptoir". */
export function subject(locale: Locale, _data: WelcomeEmailData, shop: ShopIdentity): string {
  return emailStrings[locale].welcome.subject(shop.shopName)
}

/** Sent when a customer creates an account. */
export function WelcomeEmail({ data, locale, t, shop }: EmailTemplateProps<WelcomeEmailData>) {
  const heading = t.welcome.heading(shop.shopName)
  return (
    <EmailLayout locale={locale} t={t} shop={shop} preview={heading} heading={heading}>
      <Greeting t={t} firstName={data.first_name} />
      <Text style={emailStyles.text}>{t.welcome.body}</Text>
      <Section style={{ margin: "20px 0" }}>
        <Button href={shop.shopUrl} style={emailStyles.button}>
          {t.welcome.cta}
        </Button>
      </Section>
    </EmailLayout>
  )
}

export default defineEmailTemplate("welcome", { schema: emailSchemas.base, subject, Component: WelcomeEmail })
