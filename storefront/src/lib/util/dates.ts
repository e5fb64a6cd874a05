import type { Locale } from "@/lib/i18n"
import { INTL_LOCALES } from "./money"

/** A date from the backend in the visitor's language ("12 mars 2025", "12 March 2025"). */
export const formatDate = (date: string | Date, locale: Locale): string =>
  new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: "long" }).format(new Date(date))

/** A moment from the backend, date and time, in the visitor's language ("12 mars 2025, 14:05"). */
export const formatDateTime = (date: string | Date, locale: Locale): string =>
  new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: "medium", timeStyle: "short" }).format(new Date(date))
