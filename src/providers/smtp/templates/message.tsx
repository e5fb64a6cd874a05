import { z } from "@medusajs/framework/zod"
import type { MessageEmailData } from "../types"
import { EmailLayout, Paragraphs } from "./layout"
import { defineEmailTemplate, emailSchemas, type EmailTemplateProps } from "./template"

const schema: z.ZodType<MessageEmailData> = emailSchemas.base.extend({
  subject: emailSchemas.text,
  body: emailSchemas.text,
})

/** The message's own subject. */
export function subject(_locale: unknown, data: MessageEmailData): string {
  return data.subject
}

/** A message from the shop: `data.body` is the whole plain-text message (greeting included), blank lines separate paragraphs. */
export function MessageEmail({ data, locale, t, shop }: EmailTemplateProps<MessageEmailData>) {
  const paragraphs = data.body.split(/\n\s*\n/).map((paragraph) => paragraph.trim())
  return (
    <EmailLayout locale={locale} t={t} shop={shop} preview={paragraphs[0]} heading={data.subject}>
      <Paragraphs>
        {paragraphs.map((paragraph) =>
          paragraph.split("\n").flatMap((line, index) => (index === 0 ? [line] : [<br key={index} />, line]))
        )}
      </Paragraphs>
    </EmailLayout>
  )
}

export default defineEmailTemplate("message", { schema, subject, Component: MessageEmail })
