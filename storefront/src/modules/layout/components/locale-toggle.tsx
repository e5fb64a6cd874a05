"use client"

import type { MouseEvent } from "react"
import { LOCALE_PARAM, LOCALES, type Locale } from "@/lib/i18n/locales"

/**
 * FR / EN links to this page with `?lang=`, which the proxy turns into the language of this
 * and the next pages. Plain links work without JavaScript; with it, the page's other query
 * parameters (search, filters) are kept.
 */
export default function LocaleToggle({ current, label }: { current: Locale; label: string }) {
  const switchTo = (locale: Locale) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    const url = new URL(window.location.href)
    url.searchParams.set(LOCALE_PARAM, locale)
    // A full load: every cached page differs by language, none of the client's can be reused.
    window.location.assign(url)
  }
  return (
    <nav aria-label={label} className="flex overflow-hidden rounded-full border border-gray-300">
      {LOCALES.map((locale) => (
        <a
          key={locale}
          href={`?${LOCALE_PARAM}=${locale}`}
          hrefLang={locale}
          lang={locale}
          onClick={switchTo(locale)}
          aria-current={locale === current ? "true" : undefined}
          className="px-2.5 py-1 text-xs font-semibold uppercase aria-[current]:bg-gray-900 aria-[current]:text-white"
        >
          {locale}
        </a>
      ))}
    </nav>
  )
}
