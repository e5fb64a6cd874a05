import "server-only"
import { cookies } from "next/headers"
import { notFound } from "next/navigation"
import { en } from "./en"
import { fr, type Dictionary } from "./fr"
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from "./locales"

export type { Dictionary }

export { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALE_PARAM, LOCALES, isLocale, type Locale } from "./locales"

const dictionaries: Record<Locale, Dictionary> = { fr, en }

/**
 * The visitor's language: the `locale` cookie, French when absent or unknown. For server
 * actions only: pages take theirs from the `[locale]` segment (see `pageDictionary`), so that
 * reading it does not make them dynamic. A `?lang=` in the URL reaches here as the cookie too.
 */
export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value
  return isLocale(value) ? value : DEFAULT_LOCALE
}

/** The visitor's language and its strings, from the cookie (server actions). */
export async function getDictionary(): Promise<{ locale: Locale; t: Dictionary }> {
  const locale = await getLocale()
  return { locale, t: dictionaries[locale] }
}

/** The strings of `locale`. */
export const dictionaryOf = (locale: Locale): Dictionary => dictionaries[locale]

/**
 * A page's language and strings, from the `[locale]` segment the proxy adds to every page
 * request (the visible URL has none): each language is then a cacheable page of its own.
 */
export async function pageDictionary(params: Promise<{ locale: string }>): Promise<{ locale: Locale; t: Dictionary }> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return { locale, t: dictionaries[locale] }
}
