import type { Metadata } from "next"
import { STOREFRONT_URL } from "@/lib/config"
import { DEFAULT_LOCALE, LOCALE_PARAM, LOCALES, type Locale } from "@/lib/i18n/locales"

/** A page of the storefront: its path (starting with the country) and its meaningful query. */
export type PageRef = { path: string; query?: Record<string, string> }

export const homePage = (countryCode: string): PageRef => ({ path: `/${countryCode}` })

/** The listing, or the listing of one category (the URL the category chips link to). */
export const listingPage = (countryCode: string, categoryHandle?: string): PageRef => ({
  path: `/${countryCode}/deals`,
  query: categoryHandle ? { category: categoryHandle } : undefined,
})

export const dealPage = (countryCode: string, handle: string): PageRef => ({
  path: `/${countryCode}/deals/${encodeURIComponent(handle)}`,
})

/**
 * Absolute URL of `page` in `locale`. French is the language a cookie-less visitor (a crawler)
 * gets, so it has no parameter; other languages add `?lang=`, which the proxy honours.
 */
export function pageUrl({ path, query }: PageRef, locale: Locale = DEFAULT_LOCALE): string {
  const url = new URL(path, `${STOREFRONT_URL}/`)
  for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value)
  if (locale !== DEFAULT_LOCALE) url.searchParams.set(LOCALE_PARAM, locale)
  return url.toString()
}

/** hreflang targets of `page`: one URL per language, the French one doubling as x-default. */
export function languageUrls(page: PageRef): Record<Locale | "x-default", string> {
  const urls = Object.fromEntries(LOCALES.map((locale) => [locale, pageUrl(page, locale)]))
  return { ...urls, "x-default": pageUrl(page, DEFAULT_LOCALE) } as Record<Locale | "x-default", string>
}

/** `alternates` of a page's metadata: its URL in the language shown as canonical, all languages as hreflang. */
export function pageAlternates(page: PageRef, locale: Locale): NonNullable<Metadata["alternates"]> {
  return { canonical: pageUrl(page, locale), languages: languageUrls(page) }
}
