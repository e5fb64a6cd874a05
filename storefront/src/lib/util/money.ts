import type { Locale } from "@/lib/i18n"

/** The Intl locale of each language, for numbers and dates. */
export const INTL_LOCALES: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" }

/**
 * Formats a major-unit amount from the backend (49.9 → "49,90 €"); `wholeUnits` shows no
 * cents (12 → "12 €") and rounds to the nearest unit, so round range bounds outwards first.
 */
export function formatPrice(
  amount: number,
  currencyCode: string,
  locale: Locale,
  { wholeUnits = false }: { wholeUnits?: boolean } = {}
): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], {
    style: "currency",
    currency: currencyCode.toUpperCase(),
    ...(wholeUnits && { minimumFractionDigits: 0, maximumFractionDigits: 0 }),
  }).format(amount)
}

/** Formats a discount as a negative percentage ("-30 %" in French, "-30%" in English). */
export function formatDiscount(percent: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], {
    style: "percent",
    maximumFractionDigits: 0,
  }).format(-percent / 100)
}
