// End-to-end: a visitor opens a discounted deal, checks its prices, buys two and sees them in
// the cart; another narrows the listing with its facets and searches it. Needs a freshly
// seeded backend (the demo catalog of backend/src/scripts/seed/catalog.ts) and a running storefront:
//   STOREFRONT_URL=http://localhost:8000 node --test storefront/e2e/deal.e2e.mjs
// (`npm run test:e2e` at the repository root starts that stack itself.)
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { openBrowserPage, STOREFRONT_URL, withScreenshotOnFailure as withScreenshot } from "./lib/browser.mjs"

const DEAL_HANDLE = process.env.E2E_DEAL_HANDLE || "spa-hammam-marrakech-paris"

// The demo catalog: deals per category, the two restaurants, and the tea set that a search for
// "menthe" must rank first (its title says it; other deals only mention mint in their details).
const SEEDED_CATEGORY_COUNTS = { "bien-etre": 1, restaurants: 2, activites: 2, voyages: 1, produits: 2, numerique: 2 }
const RESTAURANT_HANDLES = ["brunch-rooftop-casablanca", "diner-gastronomique-lyon"]
const TEA_SET_HANDLE = "coffret-the-menthe"

/** "1 249,90 €" → 1249.9 (French format: any space as thousands separator, comma as decimal). */
function parseFrenchPrice(text) {
  const amount = Number((text ?? "").replace(/[^\d,]/g, "").replace(",", "."))
  assert.ok(amount > 0, `not a French price: ${JSON.stringify(text)}`)
  return amount
}

/** Any whitespace as a plain space: French formats use (narrow) no-break spaces. */
const plainSpaces = (text) => (text ?? "").replace(/\s+/g, " ").trim()

let browser
let page
before(async () => ({ browser, page } = await openBrowserPage()))
after(() => browser?.close())

const withScreenshotOnFailure = (name, body) => withScreenshot(page, name, body)

/** Opens the seeded deal from the listing, as a shopper would (its card links to it). */
async function openDiscountedDeal() {
  await page.goto(`${STOREFRONT_URL}/fr/deals`)
  const card = page.getByTestId("deal-card").and(page.locator(`a[href$="/deals/${DEAL_HANDLE}"]`))
  await card.getByTestId("deal-card-discount").waitFor()
  await card.click()
}

test("a discounted deal shows coherent prices and two vouchers reach the cart", { timeout: 120_000 }, () =>
  withScreenshotOnFailure("deal-e2e", async () => {
    await openDiscountedDeal()
    await page.getByTestId("deal-title").waitFor()

    const original = parseFrenchPrice(await page.getByTestId("deal-original-price").textContent())
    const price = parseFrenchPrice(await page.getByTestId("deal-price").textContent())
    assert.ok(price < original, `deal price ${price} should be below the original ${original}`)

    const badge = await page.getByTestId("deal-discount-badge").textContent()
    const shownPercent = Number(badge?.match(/(\d+)\s*%/)?.[1])
    const expectedPercent = Math.round((1 - price / original) * 100)
    // The backend may round or floor: one point of tolerance.
    assert.ok(
      Math.abs(shownPercent - expectedPercent) <= 1,
      `badge ${JSON.stringify(badge)} should show about -${expectedPercent} %`
    )

    await page.getByTestId("quantity-input").fill("2")
    await page.getByTestId("add-to-cart").click()
    const outcome = page.getByTestId("add-to-cart-success").or(page.getByTestId("add-to-cart-error"))
    await outcome.waitFor()
    if (await page.getByTestId("add-to-cart-error").isVisible()) {
      assert.fail(`add to cart refused: ${await page.getByTestId("add-to-cart-error").textContent()}`)
    }

    await page.goto(`${STOREFRONT_URL}/fr/cart`)
    const line = page
      .getByTestId("cart-item")
      .filter({ has: page.getByTestId("cart-item-quantity").getByText("2", { exact: true }) })
    await line.first().waitFor()
    // Prices are tax included: two vouchers cost twice the deal price, nothing more.
    assert.equal(parseFrenchPrice(await page.getByTestId("cart-total").textContent()), Math.round(price * 2 * 100) / 100)
    // The header asks for the count after the page loads (the pages around it are cached).
    await page.getByTestId("cart-count").filter({ hasText: /^\d+$/ }).waitFor()
    assert.ok(Number(await page.getByTestId("cart-count").textContent()) >= 2)
  })
)

/** The category facet link for `handle` in the listing's sidebar. */
const categoryFacet = (handle) => page.locator(`[data-testid="facet-category"][data-value="${handle}"]`)

/** Count shown by every category facet, by category handle. */
const categoryFacetCounts = () =>
  page.getByTestId("facet-category").evaluateAll((links) =>
    Object.fromEntries(
      links.map((link) => [link.dataset.value, Number(link.querySelector('[data-testid="facet-count"]')?.textContent)])
    )
  )

/** Handles of the deals shown, in order (each card links to /<country>/deals/<handle>). */
const shownDealHandles = () =>
  page.getByTestId("deal-card").evaluateAll((cards) => cards.map((card) => card.getAttribute("href").split("/").pop()))

/** Waits until the listing says "<count> offre(s)", i.e. shows the results of the new query. */
const waitForCount = (count) =>
  page
    .getByTestId("deals-count")
    .filter({ hasText: new RegExp(`^${count} offres?$`) })
    .waitFor()

test("category facets count and filter the listing, and a search ranks the tea set first", { timeout: 120_000 }, () =>
  withScreenshotOnFailure("listing-e2e", async () => {
    await page.goto(`${STOREFRONT_URL}/fr/deals`)
    await page.getByTestId("facet-count").first().waitFor()

    const counts = await categoryFacetCounts()
    assert.deepEqual(counts, SEEDED_CATEGORY_COUNTS)
    const total = Object.values(SEEDED_CATEGORY_COUNTS).reduce((sum, count) => sum + count, 0)
    await waitForCount(total)
    // The cheapest seeded deal is the e-book at 9,90 €: the range starts at 9 €.
    assert.match(plainSpaces(await page.getByTestId("price-range").textContent()), /^de 9 € à \d+ €$/)

    await categoryFacet("restaurants").click()
    await page.waitForURL(/[?&]category=restaurants(&|$)/)
    await waitForCount(RESTAURANT_HANDLES.length)
    assert.deepEqual((await shownDealHandles()).sort(), RESTAURANT_HANDLES)
    // The choice is marked and removable; the other categories keep their own counts.
    await categoryFacet("restaurants").and(page.locator('[data-selected="true"]')).waitFor()
    assert.deepEqual(await categoryFacetCounts(), SEEDED_CATEGORY_COUNTS)
    assert.equal(await page.getByTestId("active-filter").count(), 1)

    const search = page.getByTestId("header-search")
    await search.fill("menthe")
    await Promise.all([page.waitForURL(/[?&]q=menthe(&|$)/), search.press("Enter")])
    const first = page.getByTestId("deal-card").first()
    await first.waitFor()
    assert.equal((await shownDealHandles())[0], TEA_SET_HANDLE)
    assert.match(await first.getByTestId("deal-card-title").textContent(), /thé à la menthe/i)
    // A search is sorted by relevance unless the shopper picks another sort.
    assert.equal(plainSpaces(await page.getByTestId("filter-sort").locator("option:checked").textContent()), "Pertinence")

    // A misspelt search finds the close spellings, and says so.
    await search.fill("hamam")
    await Promise.all([page.waitForURL(/[?&]q=hamam(&|$)/), search.press("Enter")])
    await page.getByTestId("deals-approximate").waitFor()
    assert.equal((await shownDealHandles())[0], "spa-hammam-marrakech-paris")
  })
)

/** The page's JSON-LD blocks, parsed, by their @type (each block must be valid JSON). */
const jsonLdByType = async () =>
  Object.fromEntries(
    (await page.locator('script[type="application/ld+json"]').allTextContents())
      .map((text) => JSON.parse(text))
      .map((data) => [data["@type"], data])
  )

/** A GET without the browser's cookies, as a crawler makes it. */
async function crawl(path) {
  const response = await fetch(`${STOREFRONT_URL}${path}`, { redirect: "manual" })
  return { status: response.status, type: response.headers.get("content-type") ?? "", body: await response.text() }
}

test("the deal page describes its product, offer and breadcrumb in JSON-LD", { timeout: 60_000 }, () =>
  withScreenshotOnFailure("seo-deal-e2e", async () => {
    await page.goto(`${STOREFRONT_URL}/fr/deals/${DEAL_HANDLE}`)
    const title = await page.getByTestId("deal-title").textContent()
    const price = parseFrenchPrice(await page.getByTestId("deal-price").textContent())
    // The seeded deal ends in three days: its countdown carries the exact end.
    const endsAt = await page.getByTestId("deal-countdown").locator("time").getAttribute("datetime")
    assert.ok(endsAt, "the seeded deal should show when it ends")

    const { Product: product, BreadcrumbList: breadcrumb } = await jsonLdByType()
    assert.equal(product?.["@type"], "Product")
    assert.equal(product.name, title)
    assert.equal(product.sku, DEAL_HANDLE)
    assert.ok(product.url.endsWith(`/fr/deals/${DEAL_HANDLE}`), product.url)
    assert.ok(Array.isArray(product.image) && product.image.length > 0)
    assert.equal(product.brand?.name, "Comptoir")
    assert.equal(product.offers?.["@type"], "Offer")
    assert.equal(product.offers.price, price.toFixed(2))
    assert.equal(product.offers.priceCurrency, "EUR")
    assert.equal(product.offers.availability, "https://schema.org/InStock")
    assert.equal(product.offers.priceValidUntil, new Date(endsAt).toISOString().slice(0, 10))
    // The seed's approved reviews of this deal: 5, 4 and 3 stars.
    assert.equal(product.aggregateRating?.["@type"], "AggregateRating")
    assert.equal(product.aggregateRating.ratingValue, 4)
    assert.equal(product.aggregateRating.reviewCount, 3)
    assert.deepEqual(product.review.map((review) => review.reviewRating.ratingValue).sort(), [3, 4, 5])
    assert.ok(product.review.every((review) => review["@type"] === "Review" && review.author?.name && review.datePublished))

    assert.equal(breadcrumb?.["@type"], "BreadcrumbList")
    const items = breadcrumb.itemListElement
    assert.deepEqual(items.map((item) => item.name), ["Accueil", "Offres", "Bien-être & spa", title])
    assert.deepEqual(items.map((item) => item.position), [1, 2, 3, 4])
    assert.ok(items[2].item.endsWith("/fr/deals?category=bien-etre"), items[2].item)
    assert.equal(items[3].item, product.url)
  })
)

/** The attributes of every <link> of an HTML page (names lowercased: React writes hrefLang). */
const linkTags = (html) =>
  [...html.matchAll(/<link\b([^>]*)>/g)].map(([, attributes]) =>
    Object.fromEntries([...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name.toLowerCase(), value]))
  )

/** The page's canonical URL and its hreflang alternates, as paths with their query. */
function seoLinks(html) {
  const path = (href) => (href ? new URL(href.replaceAll("&amp;", "&")).pathname + new URL(href.replaceAll("&amp;", "&")).search : undefined)
  const links = linkTags(html)
  return {
    canonical: path(links.find((link) => link.rel === "canonical")?.href),
    alternates: Object.fromEntries(links.filter((link) => link.rel === "alternate" && link.hreflang).map((link) => [link.hreflang, path(link.href)])),
  }
}

test("a deal page's canonical and hreflang URLs exist in both languages", { timeout: 60_000 }, async () => {
  const dealPath = `/fr/deals/${DEAL_HANDLE}`
  const french = await crawl(dealPath)
  assert.equal(french.status, 200)
  assert.match(french.body, /<html lang="fr"/)
  assert.deepEqual(seoLinks(french.body), {
    canonical: dealPath,
    alternates: { fr: dealPath, en: `${dealPath}?lang=en`, "x-default": dealPath },
  })

  // The English alternate is served in English to a visitor without any cookie.
  const english = await crawl(`${dealPath}?lang=en`)
  assert.equal(english.status, 200)
  assert.match(english.body, /<html lang="en"/)
  assert.equal(seoLinks(english.body).canonical, `${dealPath}?lang=en`)
})

test("the sitemap lists every seeded deal; robots.txt and the favicon are served", { timeout: 60_000 }, async () => {
  const sitemap = await crawl("/sitemap.xml")
  assert.equal(sitemap.status, 200)
  assert.match(sitemap.type, /xml/)
  // Parsed by the browser, so that a bad character (an unescaped &) fails here.
  const locs = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml")
    if (doc.getElementsByTagName("parsererror").length) throw new Error("sitemap.xml is not well-formed XML")
    if (doc.documentElement.localName !== "urlset") throw new Error(`root is <${doc.documentElement.localName}>`)
    return [...doc.getElementsByTagName("loc")].map((loc) => new URL(loc.textContent.trim()).pathname + new URL(loc.textContent.trim()).search)
  }, sitemap.body)
  const frenchDeals = new Set(locs.filter((loc) => /^\/fr\/deals\/[^/?]+$/.test(loc)).map((loc) => loc.split("/").pop()))
  const total = Object.values(SEEDED_CATEGORY_COUNTS).reduce((sum, count) => sum + count, 0)
  assert.equal(frenchDeals.size, total)
  for (const handle of [DEAL_HANDLE, TEA_SET_HANDLE, ...RESTAURANT_HANDLES]) {
    assert.ok(frenchDeals.has(handle), `${handle} missing from the sitemap`)
    assert.ok(locs.includes(`/fr/deals/${handle}?lang=en`), `English ${handle} missing from the sitemap`)
  }
  assert.ok(locs.includes("/fr") && locs.includes("/fr/deals") && locs.includes("/fr/deals?category=restaurants"))

  const robots = await crawl("/robots.txt")
  assert.equal(robots.status, 200)
  assert.match(robots.body, /^Sitemap: \S+\/sitemap\.xml$/m)
  assert.match(robots.body, /^Disallow: \/\*\/cart$/m)

  const favicon = await fetch(`${STOREFRONT_URL}/favicon.ico`)
  assert.equal(favicon.status, 200)
  assert.match(favicon.headers.get("content-type") ?? "", /icon/)
})

test("the deal page shows its verified reviews with the average, the distribution, the merchant's reply and other sorts", { timeout: 60_000 }, () =>
  withScreenshotOnFailure("reviews-e2e", async () => {
    await page.goto(`${STOREFRONT_URL}/fr/deals/${DEAL_HANDLE}`)
    // The section links are anchors: "Avis (3)" scrolls to the reviews.
    const reviewsLink = page.getByTestId("deal-sections").getByRole("link", { name: "Avis (3)" })
    await reviewsLink.click()
    await page.waitForURL(/#avis$/)
    assert.equal(plainSpaces(await page.getByTestId("reviews-average").textContent()), "4,0")
    const bars = await page.getByTestId("reviews-distribution").locator("li").allTextContents()
    assert.deepEqual(bars.map((bar) => Number(bar.match(/(\d+)$/)[1])), [1, 1, 1, 0, 0])
    const reviews = page.getByTestId("review")
    assert.equal(await reviews.count(), 3)
    assert.match(await reviews.filter({ hasText: "Un vrai moment d'évasion" }).textContent(), /Amina B\..*Achat vérifié.*Réponse du marchand/s)

    // Another order, asked for by the browser: the lowest rating first, then the highest.
    await page.getByTestId("reviews-sort").selectOption("lowest")
    await reviews.first().filter({ hasText: "Correct" }).waitFor()
    await page.getByTestId("reviews-sort").selectOption("highest")
    await reviews.first().filter({ hasText: "Un vrai moment d'évasion" }).waitFor()
    assert.equal(await reviews.count(), 3)
  })
)

test("the deal page shares through plain links and copies its canonical link", { timeout: 60_000 }, () =>
  withScreenshotOnFailure("share-e2e", async () => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: STOREFRONT_URL })
    await page.goto(`${STOREFRONT_URL}/fr/deals/${DEAL_HANDLE}`)
    const share = page.getByTestId("share")
    const hrefs = await share.locator("a[data-network]").evaluateAll((links) => links.map((link) => [link.dataset.network, link.href]))
    assert.deepEqual(hrefs.map(([network]) => network), ["facebook", "x", "whatsapp", "linkedin", "telegram"])
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href")
    for (const [network, href] of hrefs) {
      assert.ok(decodeURIComponent(href).includes(canonical), `${network} shares ${href}`)
    }
    await share.getByTestId("share-copy").click()
    await share.getByText("Lien copié").waitFor()
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), canonical)
  })
)

test("the deal's map loads only when the shopper asks for it; the address is always text", { timeout: 60_000 }, () =>
  withScreenshotOnFailure("map-e2e", async () => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(`${STOREFRONT_URL}/fr/deals/${DEAL_HANDLE}`)
    const map = page.getByTestId("deal-map")
    // Far below the fold: Leaflet is not loaded with the page.
    assert.equal(await map.getAttribute("data-state"), "idle")
    assert.equal(await page.locator(".leaflet-container").count(), 0)
    assert.match(await page.locator("address").textContent(), /Paris/)
    // Until then a button offers it; scrolling to it is enough (clicking the button would race
    // with the scroll that brings it into view).
    assert.equal(await page.getByRole("button", { name: "Afficher la carte" }).count(), 1)
    await map.scrollIntoViewIfNeeded()
    await page.locator('[data-testid="deal-map"][data-state="ready"]').waitFor()
    assert.equal(await page.locator(".leaflet-container").count(), 1)
    assert.equal(await page.locator(".leaflet-interactive").count(), 1)
  })
)
