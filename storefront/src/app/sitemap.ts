import type { MetadataRoute } from "next"
import type { StoreDealSummary } from "@comptoir/http/deal"
import { DEFAULT_COUNTRY } from "@/lib/config"
import { listCategories } from "@/lib/data/categories"
import { listDeals } from "@/lib/data/deals"
import { listRegions } from "@/lib/data/regions"
import { LOCALES } from "@/lib/i18n/locales"
import { dealPage, homePage, languageUrls, listingPage, pageUrl, type PageRef } from "@/lib/seo/urls"

// Rendered per request rather than at build time, when no backend runs: a prerendered sitemap
// would hold only the static pages until its first revalidation. The backend answers are still
// cached (regions and categories for an hour, deals for a minute), so a crawl stays cheap.
export const dynamic = "force-dynamic"

const PAGE_SIZE = 100
/** A sitemap holds at most 50,000 URLs: this keeps one region's deals well below. */
const MAX_DEALS_PER_REGION = 5000

/** Every deal on sale in the region; the Store API only lists live deals. */
async function listAllDeals(regionId: string): Promise<StoreDealSummary[]> {
  const deals: StoreDealSummary[] = []
  for (let offset = 0; offset < MAX_DEALS_PER_REGION; offset += PAGE_SIZE) {
    // A stable order, so that no deal slips between two pages.
    const page = await listDeals({ region_id: regionId, sort: "newest", limit: PAGE_SIZE, offset })
    deals.push(...page.deals)
    if (!page.deals.length || offset + PAGE_SIZE >= page.count) break
  }
  return deals
}

// Next writes URLs into the XML as given: the `&` of a query string must be escaped here.
const xml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;")

type Entry = { page: PageRef; lastModified?: string; image?: string | null }

/** One sitemap URL per language, each listing all of them as alternates. */
function localizedEntries({ page, lastModified, image }: Entry): MetadataRoute.Sitemap {
  const languages = Object.fromEntries(Object.entries(languageUrls(page)).map(([lang, url]) => [lang, xml(url)]))
  return LOCALES.map((locale) => ({
    url: xml(pageUrl(page, locale)),
    lastModified,
    alternates: { languages },
    images: image ? [xml(image)] : undefined,
  }))
}

async function catalogEntries(): Promise<Entry[]> {
  const [regions, categories] = await Promise.all([listRegions(), listCategories()])
  const entries: Entry[] = []
  for (const region of regions) {
    // Prices, and so pages, differ by region: each country served gets its own URLs.
    const countries = (region.countries ?? []).flatMap((country) => (country.iso_2 ? [country.iso_2.toLowerCase()] : []))
    if (!countries.length) continue
    const deals = await listAllDeals(region.id)
    for (const countryCode of countries) {
      entries.push({ page: homePage(countryCode) }, { page: listingPage(countryCode) })
      for (const category of categories) entries.push({ page: listingPage(countryCode, category.handle) })
      for (const deal of deals) {
        // The store API gives no update date; a deal's page changes most when it goes live.
        entries.push({ page: dealPage(countryCode, deal.handle), lastModified: deal.starts_at ?? undefined, image: deal.thumbnail })
      }
    }
  }
  return entries
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  let entries: Entry[]
  try {
    entries = await catalogEntries()
  } catch (error) {
    // The backend is down: the pages that exist without it are still worth listing.
    console.error("sitemap: backend unreachable, listing static pages only", error)
    entries = [{ page: homePage(DEFAULT_COUNTRY) }, { page: listingPage(DEFAULT_COUNTRY) }]
  }
  return entries.flatMap(localizedEntries)
}
