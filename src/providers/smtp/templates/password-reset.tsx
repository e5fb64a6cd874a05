import type { PasswordResetEmailData } from "../types"
import { ActionLinkEmail, actionLinkSchema } from "./action-link"
import { emailStrings, type Locale } from "./i18n"
import { defineEmailTemplate, type EmailTemplateProps } from "./template"

/** "Réinitialisation de votre mot de passe" / "Reset your password". */
export function subject(locale: Locale): string {
  return emailStrings[locale].passwordReset.subject
}

/** A link, carrying a token in `data.url`, to choose a new password. */
export function PasswordResetEmail(props: EmailTemplateProps<PasswordResetEmailData>) {
  return <ActionLinkEmail {...props} strings={props.t.passwordReset} />
}

export default defineEmailTemplate("password-reset", { schema: actionLinkSchema, subject, Component: PasswordResetEmail })
