import { Button, Link, Section, Text } from "@react-email/components"
import { z } from "@medusajs/framework/zod"
import type { EmailVerificationEmailData } from "../types"
import { BRAND_GREEN, EmailLayout, emailStyles, Greeting } from "./layout"
import { emailSchemas, type EmailTemplateProps } from "./template"

/** Data of the e-mails that carry a one-time link (verification, password reset). */
export const actionLinkSchema: z.ZodType<EmailVerificationEmailData> = emailSchemas.base.extend({
  url: emailSchemas.link,
  expires_in_minutes: z.number().int().positive().nullish(),
})

type ActionLinkStrings = { heading: string; body: string; cta: string }

/**
 * An e-mail whose point is one link carrying a token: a button, the link written out for
 * clients that block buttons, how long it lasts, and what to do when it was not asked for.
 */
export function ActionLinkEmail({
  data,
  locale,
  t,
  shop,
  strings,
}: EmailTemplateProps<EmailVerificationEmailData> & { strings: ActionLinkStrings }) {
  const small = emailStyles.small
  return (
    <EmailLayout locale={locale} t={t} shop={shop} preview={strings.body} heading={strings.heading}>
      <Greeting t={t} firstName={data.first_name} />
      <Text style={emailStyles.text}>{strings.body}</Text>
      <Section style={{ margin: "20px 0" }}>
        <Button href={data.url} style={emailStyles.button}>
          {strings.cta}
        </Button>
        <Text style={{ ...small, marginTop: 20 }}>{t.linkFallback}</Text>
        <Text style={small}>
          <Link href={data.url} style={{ color: BRAND_GREEN, wordBreak: "break-all" }}>
            {data.url}
          </Link>
        </Text>
        {data.expires_in_minutes ? <Text style={small}>{t.linkExpiry(data.expires_in_minutes)}</Text> : null}
        <Text style={small}>{t.notRequested}</Text>
      </Section>
    </EmailLayout>
  )
}
