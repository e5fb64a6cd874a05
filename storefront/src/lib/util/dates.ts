import type { Locale } from "@/lib/i18n"
import { INTL_LOCALES } from "./money"

/** A date from the backend in the visitor's language ("12 mars 2025", "12 March 2025"). */
export const formatDate = (date: string | Date, locale: Locale): string =>
  new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: "long" }).format(new Date(date))
