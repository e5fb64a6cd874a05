import type { Dictionary, Locale } from "@/lib/i18n"
import type { Crumb } from "./json-ld"
import { dealPage, homePage, listingPage, pageUrl } from "./urls"

type Trail = {
  countryCode: string
  locale: Locale
  t: Dictionary
  category?: { name: string; handle: string }
  deal?: { title: string; handle: string }
}

/** Home → deals → category (if any) → deal (if any), with the URLs of the visitor's language. */
export function dealTrail({ countryCode, locale, t, category, deal }: Trail): Crumb[] {
  const crumbs: Crumb[] = [
    { name: t.breadcrumb.home, url: pageUrl(homePage(countryCode), locale) },
    { name: t.breadcrumb.deals, url: pageUrl(listingPage(countryCode), locale) },
  ]
  if (category) crumbs.push({ name: category.name, url: pageUrl(listingPage(countryCode, category.handle), locale) })
  if (deal) crumbs.push({ name: deal.title, url: pageUrl(dealPage(countryCode, deal.handle), locale) })
  return crumbs
}
