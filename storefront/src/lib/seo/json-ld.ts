// Builders of schema.org JSON-LD, kept pure (plain data in, plain objects out; type imports
// only) so that they can be tested without Next. URLs are passed in already absolute.
import type { StoreDealDetail } from "@comptoir/http/deal"

export type JsonLdObject = { "@context"?: string; "@type": string; [key: string]: unknown }

const SCHEMA_ORG = "https://schema.org"

/** The store, as the brand of every deal and the organisation behind the site. */
export const STORE_NAME = "Comptoir"

/** A deal's average rating and number of approved reviews (`StoreDealDetail.rating`). */
export type RatingSummary = { average: number; count: number }

/** One published review; `rating` out of 5, `date` an ISO date or date-time. */
export type ReviewEntry = { author: string; rating: number; title: string; body: string; date: string }

/** What a deal page knows about its reviews: the deal response's rating; review entries once the page lists them. */
export type DealReviews = { aggregateRating?: RatingSummary; reviews?: ReviewEntry[] }

export type DealForJsonLd = Pick<
  StoreDealDetail,
  "handle" | "title" | "subtitle" | "description" | "thumbnail" | "images" | "price" | "ends_at"
>

/** "2026-11-28T10:00:00.000Z" → "2026-11-28" (UTC), or undefined when not a date. */
export function isoDate(value: string | null | undefined): string | undefined {
  const time = value ? Date.parse(value) : NaN
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10)
}

const rating = (value: number) => ({
  "@type": "Rating",
  ratingValue: value,
  bestRating: 5,
  worstRating: 1,
})

/**
 * A deal as a `Product` with its `Offer` in the page's region. The offer is left out when the
 * deal has no price there (nothing can be bought); ratings and reviews only appear when some exist.
 */
export function dealProductJsonLd(deal: DealForJsonLd, url: string, reviews: DealReviews = {}): JsonLdObject {
  const images = deal.images.length ? deal.images.map((image) => image.url) : deal.thumbnail ? [deal.thumbnail] : []
  const { price } = deal
  const { aggregateRating, reviews: entries = [] } = reviews
  return {
    "@context": SCHEMA_ORG,
    "@type": "Product",
    name: deal.title,
    description: deal.description ?? deal.subtitle ?? undefined,
    image: images.length ? images : undefined,
    sku: deal.handle,
    productID: deal.handle,
    url,
    brand: { "@type": "Brand", name: STORE_NAME },
    offers: price
      ? {
          "@type": "Offer",
          price: price.calculated_amount.toFixed(2),
          priceCurrency: price.currency_code.toUpperCase(),
          availability: "https://schema.org/InStock",
          itemCondition: "https://schema.org/NewCondition",
          priceValidUntil: isoDate(deal.ends_at),
          url,
        }
      : undefined,
    aggregateRating:
      aggregateRating && aggregateRating.count > 0
        ? {
            "@type": "AggregateRating",
            ratingValue: Math.round(aggregateRating.average * 10) / 10,
            reviewCount: aggregateRating.count,
            bestRating: 5,
            worstRating: 1,
          }
        : undefined,
    review: entries.length
      ? entries.map((entry) => ({
          "@type": "Review",
          author: { "@type": "Person", name: entry.author },
          reviewRating: rating(entry.rating),
          name: entry.title,
          reviewBody: entry.body,
          datePublished: isoDate(entry.date),
        }))
      : undefined,
  }
}

/** One step of a breadcrumb trail, with its absolute URL. */
export type Crumb = { name: string; url: string }

/** The trail as a `BreadcrumbList`, positions counted from 1. */
export function breadcrumbJsonLd(crumbs: Crumb[]): JsonLdObject {
  return {
    "@context": SCHEMA_ORG,
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  }
}

export function organizationJsonLd({ url, logo }: { url: string; logo: string }): JsonLdObject {
  return { "@context": SCHEMA_ORG, "@type": "Organization", name: STORE_NAME, url, logo }
}

/** The site, with the search box search engines may show: the listing's `q` parameter. */
export function webSiteJsonLd({ url, searchUrl }: { url: string; searchUrl: string }): JsonLdObject {
  // Built by hand: URL encoding would escape the braces of the placeholder.
  const separator = searchUrl.includes("?") ? "&" : "?"
  return {
    "@context": SCHEMA_ORG,
    "@type": "WebSite",
    name: STORE_NAME,
    url,
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${searchUrl}${separator}q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  }
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that text such as
 * `</script>` in a deal's description cannot close the script element.
 */
export function serializeJsonLd(data: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(data).replace(/</g, "\\u003c")
}
