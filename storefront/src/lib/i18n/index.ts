import "server-only"
import { cookies } from "next/headers"
import { en } from "./en"
import { fr, type Dictionary } from "./fr"

export type { Dictionary }

export const LOCALES = ["fr", "en"] as const
export type Locale = (typeof LOCALES)[number]

/** Cookie written by the header's language toggle. */
export const LOCALE_COOKIE = "locale"

const dictionaries: Record<Locale, Dictionary> = { fr, en }

export const isLocale = (value: unknown): value is Locale =>
  LOCALES.includes(value as Locale)

/** The visitor's language: the `locale` cookie, French when absent or unknown. */
export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value
  return isLocale(value) ? value : "fr"
}

/** The visitor's language and its strings. */
export async function getDictionary(): Promise<{ locale: Locale; t: Dictionary }> {
  const locale = await getLocale()
  return { locale, t: dictionaries[locale] }
}
