import "server-only"
import { cookies } from "next/headers"
import { en } from "./en"
import { fr, type Dictionary } from "./fr"
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from "./locales"

export type { Dictionary }

export { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALE_PARAM, LOCALES, isLocale, type Locale } from "./locales"

const dictionaries: Record<Locale, Dictionary> = { fr, en }

/**
 * The visitor's language: the `locale` cookie, French when absent or unknown. A `?lang=` in
 * the URL reaches here as that cookie too (the proxy sets it on the request).
 */
export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value
  return isLocale(value) ? value : DEFAULT_LOCALE
}

/** The visitor's language and its strings. */
export async function getDictionary(): Promise<{ locale: Locale; t: Dictionary }> {
  const locale = await getLocale()
  return { locale, t: dictionaries[locale] }
}
