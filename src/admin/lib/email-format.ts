import { timeLeft, type EndsInUnit } from "./deal-ends-in"
import type { AdminEmail, EmailStatus, EmailTemplateName } from "./email-types"

/** How each status reads and shows, for the badge and the status filter: sent green, failed red. */
export const EMAIL_STATUS_BADGES: Record<EmailStatus, { label: `status${Capitalize<EmailStatus>}`; color: "grey" | "green" | "red" }> = {
  success: { label: "statusSuccess", color: "green" },
  failure: { label: "statusFailure", color: "red" },
  pending: { label: "statusPending", color: "grey" },
}

/** The label key of each template the store sends; a new template will not compile without one. */
export const EMAIL_TEMPLATE_LABELS = {
  "order-placed": "templateOrderPlaced",
  welcome: "templateWelcome",
  "email-verification": "templateEmailVerification",
  "password-reset": "templatePasswordReset",
  "invoice-issued": "templateInvoiceIssued",
  message: "templateMessage",
  "cart-reminder": "templateCartReminder",
} as const satisfies Record<EmailTemplateName, string>

export type EmailTemplateLabelKey = (typeof EMAIL_TEMPLATE_LABELS)[EmailTemplateName]

/** The label key of a template's name, or null for a template this admin does not know. */
export function emailTemplateLabelKey(template: string): EmailTemplateLabelKey | null {
  return Object.hasOwn(EMAIL_TEMPLATE_LABELS, template) ? EMAIL_TEMPLATE_LABELS[template as EmailTemplateName] : null
}

/** What the "next try" column says: nothing planned, given up, due now, or the time before it. */
export type EmailNextTry =
  | { kind: "none" }
  | { kind: "gave-up" }
  | { kind: "due" }
  | { kind: "in"; value: number; unit: EndsInUnit }

/** When the retry job sends a failed e-mail again; only failed e-mails are retried. */
export function emailNextTry(email: Pick<AdminEmail, "status" | "next_retry_at">, now = new Date()): EmailNextTry {
  if (email.status !== "failure") {
    return { kind: "none" }
  }
  if (!email.next_retry_at) {
    return { kind: "gave-up" }
  }
  const left = new Date(email.next_retry_at).getTime() - now.getTime()
  if (Number.isNaN(left)) {
    return { kind: "none" }
  }
  // The job runs on a schedule: a past retry time means the next run picks it up.
  return left <= 0 ? { kind: "due" } : { kind: "in", ...timeLeft(left) }
}
