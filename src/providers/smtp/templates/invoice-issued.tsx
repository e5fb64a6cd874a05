import { z } from "@medusajs/framework/zod"
import type { InvoiceIssuedEmailData } from "../types"
import { emailStrings, formatDate, formatMoney, type Locale } from "./i18n"
import { EmailLayout, Greeting, Paragraphs } from "./layout"
import { defineEmailTemplate, emailSchemas, type EmailTemplateProps } from "./template"

const schema: z.ZodType<InvoiceIssuedEmailData> = emailSchemas.base.extend({
  invoice: z.object({
    id: z.string().optional(),
    number: emailSchemas.text,
    issued_at: emailSchemas.date,
    total: emailSchemas.amount,
    currency_code: emailSchemas.currencyCode,
    order_display_id: emailSchemas.displayId.nullish(),
  }),
})

/** "Votre facture INV-2026-000001" / "Your invoice INV-2026-000001". */
export function subject(locale: Locale, data: InvoiceIssuedEmailData): string {
  return emailStrings[locale].invoiceIssued.subject(data.invoice.number)
}

/** Announces an invoice; its PDF travels as the notification's attachment. */
export function InvoiceIssuedEmail({ data, locale, t, shop }: EmailTemplateProps<InvoiceIssuedEmailData>) {
  const { invoice } = data
  const s = t.invoiceIssued
  const body = s.body(
    invoice.number,
    formatDate(invoice.issued_at, locale, shop.timeZone),
    formatMoney(invoice.total, invoice.currency_code, locale)
  )
  const orderId = invoice.order_display_id
  return (
    <EmailLayout locale={locale} t={t} shop={shop} preview={body} heading={s.heading(invoice.number)}>
      <Greeting t={t} firstName={data.first_name} />
      <Paragraphs>{[body, ...(orderId ? [s.order(String(orderId))] : []), s.keep]}</Paragraphs>
    </EmailLayout>
  )
}

export default defineEmailTemplate("invoice-issued", { schema, subject, Component: InvoiceIssuedEmail })
