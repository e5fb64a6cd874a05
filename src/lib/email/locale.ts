export type EmailLocale = "fr" | "en"

const pick = (metadata: unknown): EmailLocale | null => {
  const value = (metadata as { locale?: unknown } | null | undefined)?.locale
  return value === "en" || value === "fr" ? value : null
}

/** The language of an e-mail: the order's, then the customer's (`metadata.locale`), else French. */
export const emailLocale = (...sources: unknown[]): EmailLocale => sources.map(pick).find(Boolean) ?? "fr"
