// No "server-only" here: the proxy needs these too, and it runs outside React's server graph.

export const LOCALES = ["fr", "en"] as const
export type Locale = (typeof LOCALES)[number]

/** The language of visitors who never chose one, and of crawlers (they send no cookie). */
export const DEFAULT_LOCALE: Locale = "fr"

/** Cookie written by the header's language toggle. */
export const LOCALE_COOKIE = "locale"

/** Where and how long the chosen language is remembered (a year). */
export const LOCALE_COOKIE_OPTIONS = { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" } as const

/**
 * Query parameter choosing the language of one URL (`?lang=en`): crawlers keep no cookie, so
 * this is how the English pages get addresses of their own for hreflang and the sitemap.
 */
export const LOCALE_PARAM = "lang"

export const isLocale = (value: unknown): value is Locale =>
  LOCALES.includes(value as Locale)
