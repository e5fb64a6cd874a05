import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { createElement, type ReactElement } from "react"
import type { ShopIdentity } from "../options"
import type { EmailTemplateData, EmailTemplateName } from "../types"
import { emailStrings, resolveLocale, type EmailStrings, type Locale } from "./i18n"

/** What every template component receives. */
export type EmailTemplateProps<Data> = {
  data: Data
  locale: Locale
  /** The strings of `locale`. */
  t: EmailStrings
  shop: ShopIdentity
}

/** A template ready to render: its subject and its React Email element. */
export type ComposedEmail = { subject: string; element: ReactElement }

/** A registered template: validates `notification.data`, then composes the e-mail. */
export type EmailTemplate = {
  name: EmailTemplateName
  compose(data: unknown, shop: ShopIdentity): ComposedEmail
}

/**
 * Declares a template: the schema that checks its data (see ../types.ts), its subject and its
 * component. The name ties it to its data type in `EmailTemplateData`.
 */
export function defineEmailTemplate<Name extends EmailTemplateName>(
  name: Name,
  definition: {
    schema: z.ZodType<EmailTemplateData[Name]>
    subject: (locale: Locale, data: EmailTemplateData[Name], shop: ShopIdentity) => string
    Component: (props: EmailTemplateProps<EmailTemplateData[Name]>) => ReactElement
  }
): EmailTemplate {
  return {
    name,
    compose(data, shop) {
      const parsed = definition.schema.safeParse(data ?? {})
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "data"} ${issue.message}`)
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Invalid data for the e-mail template "${name}": ${problems.join("; ")}`
        )
      }
      const locale = resolveLocale(parsed.data.locale)
      return {
        subject: definition.subject(locale, parsed.data, shop),
        element: createElement(definition.Component, { data: parsed.data, locale, t: emailStrings[locale], shop }),
      }
    },
  }
}

/** Schema pieces shared by the templates' data (see ../types.ts). */
const text = z.string({ error: "must be a non-empty text" }).trim().min(1, { error: "must be a non-empty text" })
// z.coerce also takes Medusa's BigNumber (its valueOf is the number) and numeric strings.
const amount = z.coerce.number({ error: "must be an amount in major units" }).refine(Number.isFinite, {
  error: "must be an amount in major units",
})
const quantity = z.coerce
  .number({ error: "must be a whole quantity" })
  .int({ error: "must be a whole quantity" })
  .positive({ error: "must be a whole quantity" })

export const emailSchemas = {
  base: z.object({ locale: z.string().nullish(), first_name: z.string().nullish() }),
  text,
  amount,
  quantity,
  /** A cart or order line: what every line table shows. */
  line: z.object({ title: text, variant_title: z.string().nullish(), quantity, total: amount }),
  date: z.coerce.date({ error: "must be a date" }),
  currencyCode: z.string().regex(/^[a-zA-Z]{3}$/, { error: "must be an ISO 4217 currency code" }),
  displayId: z.union([z.number(), z.string().min(1)]),
  link: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
}
