import { StatusBadge } from "@medusajs/ui"
import { formatTimeLeft } from "../lib/deal-ends-in"
import { EMAIL_STATUS_BADGES, emailNextTry, emailTemplateLabelKey } from "../lib/email-format"
import type { AdminEmail, EmailStatus } from "../lib/email-types"
import { useEmailTranslation } from "../lib/i18n"

/** Whether an e-mail went out: sent green, failed red, pending grey. */
export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  const { t } = useEmailTranslation()
  const { label, color } = EMAIL_STATUS_BADGES[status]
  return (
    <StatusBadge color={color} data-testid="email-status" data-status={status}>
      {t(label)}
    </StatusBadge>
  )
}

/** A template as the merchant knows it ("Order confirmation"); an unknown one by its name. */
export function EmailTemplateCell({ template }: { template: string }) {
  const { t } = useEmailTranslation()
  const key = emailTemplateLabelKey(template)
  return <span title={template}>{key ? t(key) : template}</span>
}

/** When an e-mail was created, date and time in the admin's language. */
export function EmailDateCell({ iso }: { iso: string }) {
  const { language } = useEmailTranslation()
  return (
    <span className="whitespace-nowrap">
      {new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso))}
    </span>
  )
}

/** When a failed e-mail is tried again: "in 2 hours", "soon", "gave up", "—" for the others. */
export function EmailNextTryCell({ email }: { email: AdminEmail }) {
  const { t, language } = useEmailTranslation()
  const nextTry = emailNextTry(email)
  switch (nextTry.kind) {
    case "none":
      return <span className="text-ui-fg-muted">{t("none")}</span>
    case "gave-up":
      return <span className="text-ui-fg-error">{t("nextTryGaveUp")}</span>
    case "due":
      return <span>{t("nextTryDue")}</span>
    case "in":
      return <span title={email.next_retry_at ?? undefined}>{formatTimeLeft(nextTry.value, nextTry.unit, language)}</span>
  }
}
