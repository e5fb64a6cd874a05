import { cartReminderEn } from "./cart-reminder-en"
import { cartReminderFr } from "./cart-reminder-fr"
import { digitalEn } from "./digital-en"
import { digitalFr } from "./digital-fr"
import { dealEn } from "./en"
import { emailEn } from "./email-en"
import { emailFr } from "./email-fr"
import { dealFr } from "./fr"
import { invoiceEn } from "./invoice-en"
import { invoiceFr } from "./invoice-fr"
import { licenseEn } from "./license-en"
import { licenseFr } from "./license-fr"
import { reviewEn } from "./review-en"
import { reviewFr } from "./review-fr"
import { tableEn } from "./table-en"
import { tableFr } from "./table-fr"
import { webhookEn } from "./webhook-en"
import { webhookFr } from "./webhook-fr"

// The admin merges these resources into its own i18next instance, so the widget follows the
// language chosen in the admin profile. Our own namespace keeps our keys clear of the dashboard's.
export default {
  en: {
    comptoir: { deal: dealEn, review: reviewEn, email: emailEn, invoice: invoiceEn, table: tableEn, cartReminder: cartReminderEn, webhook: webhookEn, license: licenseEn, digital: digitalEn },
  },
  fr: {
    comptoir: { deal: dealFr, review: reviewFr, email: emailFr, invoice: invoiceFr, table: tableFr, cartReminder: cartReminderFr, webhook: webhookFr, license: licenseFr, digital: digitalFr },
  },
}
