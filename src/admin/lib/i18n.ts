import { useCallback } from "react"
import { useTranslation } from "react-i18next"
import type { cartReminderEn } from "../i18n/cart-reminder-en"
import type { digitalEn } from "../i18n/digital-en"
import type { emailEn } from "../i18n/email-en"
import type { dealEn } from "../i18n/en"
import type { invoiceEn } from "../i18n/invoice-en"
import type { licenseEn } from "../i18n/license-en"
import type { reviewEn } from "../i18n/review-en"
import type { tableEn } from "../i18n/table-en"
import type { webhookEn } from "../i18n/webhook-en"

/** The i18next namespace of the plugin's admin labels (registered in src/admin/i18n/index.ts). */
export const I18N_NAMESPACE = "comptoir"

// Plural forms ("bought_one", "bought_other") are looked up by i18next from their base key.
type PluralBase<K> = K extends `${infer Base}_${"one" | "other"}` ? Base : K

/** A label of the deal widget. */
export type DealMessageKey = PluralBase<keyof typeof dealEn>

/** A label of the Reviews page and the product reviews widget. */
export type ReviewMessageKey = PluralBase<keyof typeof reviewEn>

/** A label of the E-mails page. */
export type EmailMessageKey = keyof typeof emailEn

/** A label of the Invoices page and the order invoice widget. */
export type InvoiceMessageKey = keyof typeof invoiceEn

/** A label of the abandoned-cart reminders widget. */
export type CartReminderMessageKey = keyof typeof cartReminderEn

/** A label of the Webhooks settings pages. */
export type WebhookMessageKey = PluralBase<keyof typeof webhookEn>

/** A label of the Licenses page and the product license-policy widget. */
export type LicenseMessageKey = PluralBase<keyof typeof licenseEn>

/** A label of the product digital-files widget. */
export type DigitalMessageKey = PluralBase<keyof typeof digitalEn>

/** A label of the tables' toolbar and pagination, shared by the Deals and Reviews pages. */
export type TableMessageKey = keyof typeof tableEn

/** Translates the labels under `group` of our namespace in the admin's current language. */
function useGroupTranslation<Key extends string>(group: "deal" | "review" | "email" | "invoice" | "table" | "cartReminder" | "webhook" | "license" | "digital") {
  const { t, i18n } = useTranslation(I18N_NAMESPACE)
  const translate = useCallback(
    (key: Key, values?: Record<string, string | number>): string => String(t(`${group}.${key}`, values)),
    [t, group]
  )
  return { t: translate, language: i18n.language }
}

/** Translates deal labels in the admin's current language, with keys checked at compile time. */
export const useDealTranslation = () => useGroupTranslation<DealMessageKey>("deal")

/** Translates review labels in the admin's current language, with keys checked at compile time. */
export const useReviewTranslation = () => useGroupTranslation<ReviewMessageKey>("review")

/** Translates e-mail labels in the admin's current language, with keys checked at compile time. */
export const useEmailTranslation = () => useGroupTranslation<EmailMessageKey>("email")

/** Translates invoice labels in the admin's current language, with keys checked at compile time. */
export const useInvoiceTranslation = () => useGroupTranslation<InvoiceMessageKey>("invoice")

/** Translates the abandoned-cart reminders widget's labels in the admin's current language. */
export const useCartReminderTranslation = () => useGroupTranslation<CartReminderMessageKey>("cartReminder")

/** Translates the Webhooks settings pages' labels in the admin's current language. */
export const useWebhookTranslation = () => useGroupTranslation<WebhookMessageKey>("webhook")

/** Translates the Licenses page's and the license-policy widget's labels in the admin's current language. */
export const useLicenseTranslation = () => useGroupTranslation<LicenseMessageKey>("license")

/** Translates the product digital-files widget's labels in the admin's current language. */
export const useDigitalTranslation = () => useGroupTranslation<DigitalMessageKey>("digital")

/** Translates the tables' toolbar and pagination labels in the admin's current language. */
export const useTableTranslation = () => useGroupTranslation<TableMessageKey>("table")
