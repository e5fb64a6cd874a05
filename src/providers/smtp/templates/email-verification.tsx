import type { EmailVerificationEmailData } from "../types"
import { ActionLinkEmail, actionLinkSchema } from "./action-link"
import { emailStrings, type Locale } from "./i18n"
import { defineEmailTemplate, type EmailTemplateProps } from "./template"

/** "Confirmez votre adresse e-mail" / "Confirm your e-mail address". */
export function subject(locale: Locale): string {
  return emailStrings[locale].emailVerification.subject
}

/** A link, carrying a token in `data.url`, that proves the address is the customer's. */
export function EmailVerificationEmail(props: EmailTemplateProps<EmailVerificationEmailData>) {
  return <ActionLinkEmail {...props} strings={props.t.emailVerification} />
}

export default defineEmailTemplate("email-verification", {
  schema: actionLinkSchema,
  subject,
  Component: EmailVerificationEmail,
})
