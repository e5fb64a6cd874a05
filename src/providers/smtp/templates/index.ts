import cartReminder from "./cart-reminder"
import emailVerification from "./email-verification"
import invoiceIssued from "./invoice-issued"
import message from "./message"
import orderPlaced from "./order-placed"
import passwordReset from "./password-reset"
import type { EmailTemplate } from "./template"
import welcome from "./welcome"

/**
 * Every e-mail the smtp provider can send, by `notification.template`. A new template is one
 * file (its data type in ../types.ts, `defineEmailTemplate` in the file) and one line here.
 */
export const emailTemplates: readonly EmailTemplate[] = [
  orderPlaced,
  welcome,
  emailVerification,
  passwordReset,
  invoiceIssued,
  message,
  cartReminder,
]

/** The template named `name`, or undefined. */
export function findEmailTemplate(name: string): EmailTemplate | undefined {
  return emailTemplates.find((template) => template.name === name)
}
