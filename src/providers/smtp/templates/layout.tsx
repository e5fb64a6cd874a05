import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components"
import type { ReactNode } from "react"
import type { ShopIdentity } from "../options"
import type { EmailStrings, Locale } from "./i18n"

/** Comptoir's brand green. */
export const BRAND_GREEN = "#3d7d12"

/** Styles the templates share with the layout. */
export const emailStyles = {
  body: { backgroundColor: "#f4f4f0", fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" },
  container: { backgroundColor: "#ffffff", borderRadius: 8, maxWidth: 600, padding: "32px 32px 24px" },
  logo: { color: BRAND_GREEN, fontSize: 26, fontWeight: 700, letterSpacing: "-0.5px", margin: 0, textDecoration: "none" },
  heading: { color: "#1f2a1a", fontSize: 22, margin: "24px 0 12px" },
  text: { color: "#333333", fontSize: 15, lineHeight: "22px", margin: "0 0 12px" },
  small: { color: "#6b6b6b", fontSize: 13, lineHeight: "19px", margin: "0 0 8px" },
  button: { backgroundColor: BRAND_GREEN, borderRadius: 6, color: "#ffffff", fontSize: 15, fontWeight: 700, padding: "12px 20px" },
  footer: { color: "#8a8a8a", fontSize: 12, lineHeight: "18px", margin: "0 0 4px" },
  footerLink: { color: "#8a8a8a", textDecoration: "underline" },
}

/**
 * Class of the table rows whose cells the plain-text part keeps on one line
 * ("Sous-total  49,90 €"); see ../render.ts.
 */
export const TEXT_ROW_CLASS = "text-row"

type LayoutProps = {
  locale: Locale
  t: EmailStrings
  shop: ShopIdentity
  /** The line mail clients show after the subject. */
  preview: string
  heading: string
  children: ReactNode
}

/** The frame of every e-mail: the shop's name as a text logo, a heading, then a footer with the shop's address and legal link. */
export function EmailLayout({ locale, t, shop, preview, heading, children }: LayoutProps) {
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={emailStyles.body}>
        <Container style={emailStyles.container}>
          <Section>
            <Link href={shop.shopUrl} style={emailStyles.logo}>
              {shop.shopName}
            </Link>
          </Section>
          <Heading as="h1" style={emailStyles.heading}>
            {heading}
          </Heading>
          {children}
          <Hr style={{ borderColor: "#e6e6e0", margin: "28px 0 16px" }} />
          <Section>
            <Text style={emailStyles.footer}>{t.footerReason(shop.shopName)}</Text>
            <Text style={emailStyles.footer}>
              {shop.shopName} · {shop.shopAddress}
            </Text>
            <Text style={emailStyles.footer}>
              <Link href={shop.shopUrl} style={emailStyles.footerLink}>
                {shop.shopUrl}
              </Link>
              {shop.legalUrl ? (
                <>
                  {" · "}
                  <Link href={shop.legalUrl} style={emailStyles.footerLink}>
                    {t.legalNotice}
                  </Link>
                </>
              ) : null}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  )
}

/** "Bonjour Marie," / "Hello,". */
export function Greeting({ t, firstName }: { t: EmailStrings; firstName?: string | null }) {
  return <Text style={emailStyles.text}>{t.greeting(firstName)}</Text>
}

/** Paragraphs of body text. */
export function Paragraphs({ children }: { children: ReactNode[] }) {
  return (
    <>
      {children.map((paragraph, index) => (
        <Text key={index} style={emailStyles.text}>
          {paragraph}
        </Text>
      ))}
    </>
  )
}
