// Unit tests of the JSON-LD builders (src/lib/seo/json-ld.ts), without Next or a backend:
//   node --test storefront/e2e/json-ld.unit.mjs
// The module only has type imports, so TypeScript's own transpiler is enough to load it.
import assert from "node:assert/strict"
import { test } from "node:test"
import { loadTs } from "./lib/load-ts.mjs"

const jsonLd = await loadTs("lib/seo/json-ld.ts")

const URL_OF_DEAL = "https://shop.test/fr/deals/spa"
const deal = {
  handle: "spa",
  title: "Spa </script><script>alert(1)</script>",
  subtitle: "Hammam et massage",
  description: "Un moment de détente.",
  thumbnail: "https://cdn.test/thumb.jpg",
  images: [
    { id: "a", url: "https://cdn.test/a.jpg" },
    { id: "b", url: "https://cdn.test/b.jpg" },
  ],
  price: { currency_code: "eur", original_amount: 59, calculated_amount: 35, discount_percent: 41, variant_id: "v" },
  ends_at: "2026-11-28T10:30:00.000Z",
}

test("a deal is a Product with an Offer at the deal price", () => {
  const product = jsonLd.dealProductJsonLd(deal, URL_OF_DEAL)
  assert.equal(product["@context"], "https://schema.org")
  assert.equal(product["@type"], "Product")
  assert.equal(product.name, deal.title)
  assert.equal(product.description, "Un moment de détente.")
  assert.deepEqual(product.image, ["https://cdn.test/a.jpg", "https://cdn.test/b.jpg"])
  assert.equal(product.sku, "spa")
  assert.equal(product.productID, "spa")
  assert.equal(product.url, URL_OF_DEAL)
  assert.deepEqual(product.brand, { "@type": "Brand", name: "Comptoir" })
  assert.deepEqual(product.offers, {
    "@type": "Offer",
    price: "35.00",
    priceCurrency: "EUR",
    availability: "https://schema.org/InStock",
    itemCondition: "https://schema.org/NewCondition",
    priceValidUntil: "2026-11-28",
    url: URL_OF_DEAL,
  })
  // Nothing about reviews until there are some.
  assert.equal(product.aggregateRating, undefined)
  assert.equal(product.review, undefined)
})

test("a deal without end date, images or price in the region", () => {
  const product = jsonLd.dealProductJsonLd({ ...deal, images: [], ends_at: null, price: null }, URL_OF_DEAL)
  assert.deepEqual(product.image, ["https://cdn.test/thumb.jpg"])
  assert.equal(product.offers, undefined)
  const serialized = JSON.parse(jsonLd.serializeJsonLd(jsonLd.dealProductJsonLd({ ...deal, ends_at: null }, URL_OF_DEAL)))
  assert.equal("priceValidUntil" in serialized.offers, false)
  assert.equal(serialized.offers.price, "35.00")
})

test("ratings and reviews appear only when there are some", () => {
  const none = jsonLd.dealProductJsonLd(deal, URL_OF_DEAL, { aggregateRating: { average: 0, count: 0 }, reviews: [] })
  assert.equal(none.aggregateRating, undefined)
  assert.equal(none.review, undefined)

  const product = jsonLd.dealProductJsonLd(deal, URL_OF_DEAL, {
    aggregateRating: { average: 4.36, count: 12 },
    reviews: [{ author: "Inès", rating: 5, title: "Parfait", body: "Très bon accueil.", date: "2026-10-02T08:00:00Z" }],
  })
  assert.deepEqual(product.aggregateRating, {
    "@type": "AggregateRating",
    ratingValue: 4.4,
    reviewCount: 12,
    bestRating: 5,
    worstRating: 1,
  })
  assert.deepEqual(product.review, [
    {
      "@type": "Review",
      author: { "@type": "Person", name: "Inès" },
      reviewRating: { "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1 },
      name: "Parfait",
      reviewBody: "Très bon accueil.",
      datePublished: "2026-10-02",
    },
  ])
})

test("a breadcrumb numbers its items from 1", () => {
  const list = jsonLd.breadcrumbJsonLd([
    { name: "Accueil", url: "https://shop.test/fr" },
    { name: "Offres", url: "https://shop.test/fr/deals" },
    { name: "Spa", url: URL_OF_DEAL },
  ])
  assert.equal(list["@type"], "BreadcrumbList")
  assert.deepEqual(
    list.itemListElement.map((item) => [item["@type"], item.position, item.name, item.item]),
    [
      ["ListItem", 1, "Accueil", "https://shop.test/fr"],
      ["ListItem", 2, "Offres", "https://shop.test/fr/deals"],
      ["ListItem", 3, "Spa", URL_OF_DEAL],
    ]
  )
})

test("the site's search action targets the listing's q parameter", () => {
  const site = jsonLd.webSiteJsonLd({ url: "https://shop.test/fr", searchUrl: "https://shop.test/fr/deals" })
  assert.equal(site.potentialAction.target.urlTemplate, "https://shop.test/fr/deals?q={search_term_string}")
  assert.equal(site.potentialAction["query-input"], "required name=search_term_string")
  const english = jsonLd.webSiteJsonLd({ url: "https://shop.test/fr?lang=en", searchUrl: "https://shop.test/fr/deals?lang=en" })
  assert.equal(english.potentialAction.target.urlTemplate, "https://shop.test/fr/deals?lang=en&q={search_term_string}")
  const organization = jsonLd.organizationJsonLd({ url: "https://shop.test/fr", logo: "https://shop.test/apple-icon.png" })
  assert.deepEqual(organization, {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: "Comptoir",
    url: "https://shop.test/fr",
    logo: "https://shop.test/apple-icon.png",
  })
})

test("serialized JSON-LD cannot close its script element", () => {
  const serialized = jsonLd.serializeJsonLd(jsonLd.dealProductJsonLd(deal, URL_OF_DEAL))
  assert.equal(serialized.includes("<"), false)
  assert.equal(JSON.parse(serialized).name, deal.title)
})
