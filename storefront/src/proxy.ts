import { NextResponse, type NextRequest } from "next/server"
import { DEFAULT_COUNTRY, sdk } from "@/lib/config"
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS, LOCALE_PARAM } from "@/lib/i18n/locales"

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
 * Lets the request through in the visitor's language: `?lang=` first (remembered in the cookie
 * for the next pages), then the cookie, then French. The language becomes a hidden first path
 * segment (`/fr/deals/x` is served by `/en/fr/deals/x`): each language is then a page of its
 * own in Next's cache, and pages never read the cookie, which would make them dynamic.
 */
function pass(request: NextRequest): NextResponse {
  const requested = request.nextUrl.searchParams.get(LOCALE_PARAM)
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value
  const locale = isLocale(requested) ? requested : isLocale(cookie) ? cookie : DEFAULT_LOCALE
  // Server actions read the cookie: they must see the language of the page that posts to them.
  request.cookies.set(LOCALE_COOKIE, locale)
  const target = request.nextUrl.clone()
  target.pathname = `/${locale}${request.nextUrl.pathname}`
  const response = NextResponse.rewrite(target, { request: { headers: request.headers } })
  if (locale !== cookie && (request.method === "GET" || request.method === "HEAD") && isLocale(requested)) {
    response.cookies.set(LOCALE_COOKIE, locale, LOCALE_COOKIE_OPTIONS)
  }
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
  // Everything but Next's assets, our API routes and files with an extension (favicon.ico, robots.txt…).
  matcher: ["/((?!_next/|api/|.*\\..*).*)"],
}
