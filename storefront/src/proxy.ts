import { NextResponse, type NextRequest } from "next/server"
import { DEFAULT_COUNTRY, sdk } from "@/lib/config"
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS, LOCALE_PARAM } from "@/lib/i18n/locales"

const COUNTRIES_TTL_MS = 60 * 60 * 1000

// Proxy cannot use Next's fetch cache, so the countries served by a region are memoised here.
let countriesCache: { countries: Set<string>; expiresAt: number } | undefined

/** Lowercase ISO-2 codes of all regions' countries, or null when the backend is unreachable. */
async function knownCountries(): Promise<Set<string> | null> {
  if (countriesCache && countriesCache.expiresAt > Date.now()) return countriesCache.countries
  try {
    const { regions } = await sdk.store.region.list({ fields: "id,*countries", limit: 100 })
    const countries = new Set(
      regions.flatMap((region) => region.countries?.map((country) => country.iso_2) ?? [])
        .filter((code): code is string => !!code)
    )
    countriesCache = { countries, expiresAt: Date.now() + COUNTRIES_TTL_MS }
    return countries
  } catch {
    return null
  }
}

/**
 * Lets the request through; on a page load, a `?lang=` becomes the locale cookie of this
 * request (pages read the language from the cookie only) and of the visitor's next ones.
 */
function pass(request: NextRequest): NextResponse {
  const locale = request.nextUrl.searchParams.get(LOCALE_PARAM)
  // Not on POSTs: the language toggle's action, posted to this same URL, must be able to change it.
  if (!isLocale(locale) || (request.method !== "GET" && request.method !== "HEAD")) return NextResponse.next()
  request.cookies.set(LOCALE_COOKIE, locale)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LOCALE_COOKIE, locale, LOCALE_COOKIE_OPTIONS)
  return response
}

/** Sends `/` and paths without a known country prefix to the default country. */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const [first = "", ...rest] = pathname.split("/").filter(Boolean)
  const looksLikeCountry = /^[a-z]{2}$/i.test(first)
  // The default country always passes: redirecting it again would loop if it had no region.
  if (first === DEFAULT_COUNTRY) return pass(request)

  const countries = await knownCountries()
  // Without the backend we cannot tell: let two-letter prefixes through to the pages.
  if (countries ? countries.has(first) : looksLikeCountry) return pass(request)

  // An unknown country is replaced; any other first segment (e.g. /deals) is kept.
  const segments = looksLikeCountry ? rest : [first, ...rest].filter(Boolean)
  const target = new URL(["", DEFAULT_COUNTRY, ...segments].join("/") + search, request.url)
  return NextResponse.redirect(target)
}

export const config = {
  // Everything but Next's assets and files with an extension (favicon.ico, robots.txt…).
  matcher: ["/((?!_next/|.*\\..*).*)"],
}
