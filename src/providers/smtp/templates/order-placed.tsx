import { Column, Row, Section, Text } from "@react-email/components"
import { z } from "@medusajs/framework/zod"
import type { OrderPlacedEmailData } from "../types"
import { emailStrings, formatDate, formatMoney, type Locale } from "./i18n"
import { EmailLayout, emailStyles, Greeting, TEXT_ROW_CLASS } from "./layout"
import { defineEmailTemplate, emailSchemas, type EmailTemplateProps } from "./template"

const schema: z.ZodType<OrderPlacedEmailData> = emailSchemas.base.extend({
  order: z.object({
    display_id: emailSchemas.displayId,
    created_at: emailSchemas.date,
    email: z.string().nullish(),
    currency_code: emailSchemas.currencyCode,
    items: z
      .array(
        emailSchemas.line.extend({ unit_price: emailSchemas.amount })
      )
      .min(1, { error: "must list the order's lines" }),
    item_subtotal: emailSchemas.amount,
    prices_include_tax: z.boolean().optional(),
    discount_total: emailSchemas.amount,
    shipping_total: emailSchemas.amount,
    tax_total: emailSchemas.amount,
    total: emailSchemas.amount,
    licenses: z.array(z.object({ title: emailSchemas.text, key: emailSchemas.text, expires_at: emailSchemas.date.nullable() })).optional(),
  }),
})

/** "Confirmation de votre commande n° 1001" / "Your order #1001 is confirmed". */
export function subject(locale: Locale, data: OrderPlacedEmailData): string {
  return emailStrings[locale].orderPlaced.subject(String(data.order.display_id))
}

const cell = { ...emailStyles.text, fontSize: 14, margin: 0, padding: "8px 0" }
const numberCell = { ...cell, textAlign: "right" as const, whiteSpace: "nowrap" as const }
const headerCell = { ...cell, color: "#6b6b6b", fontSize: 12, textTransform: "uppercase" as const }
// Each Row is its own table: fixed widths keep the header over the lines' columns.
const widths = { item: { width: "52%" }, quantity: { width: "12%" }, price: { width: "18%" } }

function TotalRow({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  const weight = strong ? { fontWeight: 700, fontSize: 16 } : {}
  return (
    <Row className={TEXT_ROW_CLASS}>
      <Column style={{ ...cell, ...weight }}>{label}</Column>
      <Column style={{ ...numberCell, ...weight }}>{value}</Column>
    </Row>
  )
}

/** The order confirmation: lines, totals, tax, and shipping or "no delivery needed". */
export function OrderPlacedEmail({ data, locale, t, shop }: EmailTemplateProps<OrderPlacedEmailData>) {
  const { order } = data
  const s = t.orderPlaced
  const money = (amount: number) => formatMoney(amount, order.currency_code, locale)
  const displayId = String(order.display_id)
  return (
    <EmailLayout
      locale={locale}
      t={t}
      shop={shop}
      preview={s.preview(displayId, money(order.total))}
      heading={s.heading}
    >
      <Greeting t={t} firstName={data.first_name} />
      <Text style={emailStyles.text}>{s.intro(displayId, formatDate(order.created_at, locale, shop.timeZone))}</Text>
      <Section style={{ margin: "16px 0" }}>
        <Row className={TEXT_ROW_CLASS} style={{ borderBottom: "1px solid #e6e6e0" }}>
          <Column style={{ ...headerCell, ...widths.item }}>{s.item}</Column>
          <Column style={{ ...headerCell, ...widths.quantity, textAlign: "right" }}>{s.quantity}</Column>
          <Column style={{ ...headerCell, ...widths.price, textAlign: "right" }}>{s.unitPrice}</Column>
          <Column style={{ ...headerCell, ...widths.price, textAlign: "right" }}>{s.lineTotal}</Column>
        </Row>
        {order.items.map((item, index) => (
          <Row key={index} className={TEXT_ROW_CLASS} style={{ borderBottom: "1px solid #f0f0ea" }}>
            <Column style={{ ...cell, ...widths.item }}>
              {item.title}
              {item.variant_title ? <span style={{ color: "#6b6b6b" }}> ({item.variant_title})</span> : null}
            </Column>
            <Column style={{ ...numberCell, ...widths.quantity }}>× {item.quantity}</Column>
            <Column style={{ ...numberCell, ...widths.price }}>{money(item.unit_price)}</Column>
            <Column style={{ ...numberCell, ...widths.price }}>{money(item.total)}</Column>
          </Row>
        ))}
      </Section>
      <Section style={{ margin: "0 0 16px" }}>
        {/* Tax-inclusive prices (France, Morocco): the lines already hold the VAT, so the
            subtotal adds them up and the VAT is shown as included, after the total. */}
        <TotalRow
          label={s.subtotal}
          value={money(order.prices_include_tax ? order.items.reduce((sum, item) => sum + item.total, 0) : order.item_subtotal)}
        />
        {order.discount_total > 0 ? <TotalRow label={s.discount} value={`−${money(order.discount_total)}`} /> : null}
        <TotalRow label={s.shipping} value={order.shipping_total > 0 ? money(order.shipping_total) : s.noShipping} />
        {order.prices_include_tax ? null : <TotalRow label={s.tax} value={money(order.tax_total)} />}
        <TotalRow label={s.total} value={money(order.total)} strong />
        {order.prices_include_tax ? <TotalRow label={s.includedTax} value={money(order.tax_total)} /> : null}
      </Section>
      {order.licenses?.length ? (
        <Section style={{ margin: "0 0 16px" }} data-testid="email-license-keys">
          <Text style={{ ...emailStyles.text, fontWeight: 700 }}>{s.licensesHeading}</Text>
          <Text style={emailStyles.text}>{s.licensesIntro}</Text>
          {order.licenses.map((license) => (
            <Text key={license.key} style={emailStyles.text}>
              {license.title} ({license.expires_at ? s.licenseUntil(formatDate(license.expires_at, locale, shop.timeZone)) : s.licensePerpetual})
              <br />
              <span style={{ fontFamily: "monospace", fontSize: 16, letterSpacing: 1 }}>{license.key}</span>
            </Text>
          ))}
        </Section>
      ) : null}
      <Text style={emailStyles.text}>{s.outro}</Text>
    </EmailLayout>
  )
}

export default defineEmailTemplate("order-placed", { schema, subject, Component: OrderPlacedEmail })
