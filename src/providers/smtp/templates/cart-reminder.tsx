import { Button, Column, Link, Row, Section, Text } from "@react-email/components"
import { z } from "@medusajs/framework/zod"
import type { CartReminderEmailData } from "../types"
import { emailStrings, formatMoney, type Locale } from "./i18n"
import { EmailLayout, emailStyles, Greeting, TEXT_ROW_CLASS } from "./layout"
import { defineEmailTemplate, emailSchemas, type EmailTemplateProps } from "./template"

const schema: z.ZodType<CartReminderEmailData> = emailSchemas.base.extend({
  reminder: z.literal([1, 2], { error: "must be 1 (first reminder) or 2 (last reminder)" }),
  cart: z.object({
    currency_code: emailSchemas.currencyCode,
    items: z
      .array(
        emailSchemas.line.extend({ thumbnail: z.string().nullish() })
      )
      .min(1, { error: "must list the cart's lines" }),
    total: emailSchemas.amount,
  }),
  restore_url: emailSchemas.link,
  opt_out_url: emailSchemas.link,
})

/** "Votre panier vous attend", then "Dernier rappel : votre panier vous attend". */
export function subject(locale: Locale, data: CartReminderEmailData): string {
  return emailStrings[locale].cartReminder.subject(data.reminder)
}

const cell = { ...emailStyles.text, fontSize: 14, margin: 0, padding: "8px 0" }
const numberCell = { ...cell, textAlign: "right" as const, whiteSpace: "nowrap" as const }
const headerCell = { ...cell, color: "#6b6b6b", fontSize: 12, textTransform: "uppercase" as const }
// Each Row is its own table: fixed widths keep the header over the lines' columns.
const widths = { item: { width: "64%" }, quantity: { width: "12%" }, total: { width: "24%" } }

/** An abandoned cart's reminder: its lines and total, a button back to it, and a way to stop these e-mails. */
export function CartReminderEmail({ data, locale, t, shop }: EmailTemplateProps<CartReminderEmailData>) {
  const { cart } = data
  const s = t.cartReminder
  const money = (amount: number) => formatMoney(amount, cart.currency_code, locale)
  return (
    <EmailLayout locale={locale} t={t} shop={shop} preview={s.preview(money(cart.total))} heading={s.heading}>
      <Greeting t={t} firstName={data.first_name} />
      <Text style={emailStyles.text}>{s.intro}</Text>
      <Section style={{ margin: "16px 0" }}>
        <Row className={TEXT_ROW_CLASS} style={{ borderBottom: "1px solid #e6e6e0" }}>
          <Column style={{ ...headerCell, ...widths.item }}>{s.item}</Column>
          <Column style={{ ...headerCell, ...widths.quantity, textAlign: "right" }}>{s.quantity}</Column>
          <Column style={{ ...headerCell, ...widths.total, textAlign: "right" }}>{s.lineTotal}</Column>
        </Row>
        {cart.items.map((item, index) => (
          <Row key={index} className={TEXT_ROW_CLASS} style={{ borderBottom: "1px solid #f0f0ea" }}>
            <Column style={{ ...cell, ...widths.item }}>
              {item.title}
              {item.variant_title ? <span style={{ color: "#6b6b6b" }}>{` (${item.variant_title})`}</span> : null}
            </Column>
            <Column style={{ ...numberCell, ...widths.quantity }}>{`× ${item.quantity}`}</Column>
            <Column style={{ ...numberCell, ...widths.total }}>{money(item.total)}</Column>
          </Row>
        ))}
        <Row className={TEXT_ROW_CLASS}>
          <Column style={{ ...cell, fontWeight: 700, fontSize: 16 }}>{s.total}</Column>
          <Column style={{ ...numberCell, fontWeight: 700, fontSize: 16 }}>{money(cart.total)}</Column>
        </Row>
      </Section>
      <Section style={{ margin: "20px 0" }}>
        <Button href={data.restore_url} style={emailStyles.button}>
          {s.cta}
        </Button>
      </Section>
      {/* Deals end on a date: the cart's prices may not last, which is the reason to come back now. */}
      <Text style={emailStyles.text}>{s.urgency}</Text>
      <Text style={{ ...emailStyles.small, marginTop: 20 }}>
        {`${s.optOut} `}
        <Link href={data.opt_out_url} style={emailStyles.footerLink}>
          {s.optOutLink}
        </Link>
      </Text>
    </EmailLayout>
  )
}

export default defineEmailTemplate("cart-reminder", { schema, subject, Component: CartReminderEmail })
