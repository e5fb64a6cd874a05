// On-demand revalidation against the real stack (started by scripts/e2e.mjs): the storefront
// serves deal pages from Next's cache, and the backend expires them when a merchant changes
// something in the Admin API. No browser: what a crawler or a CDN sees is the HTTP answer.
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { adminClient, until } from "./lib/admin-api.mjs"
import { STOREFRONT_URL } from "./lib/browser.mjs"

const SECRET = process.env.STOREFRONT_REVALIDATE_SECRET
const HANDLE = `e2e-revalidation-${Date.now()}`

let admin
let product

const sitemapHandles = async () => {
  const xml = await (await fetch(`${STOREFRONT_URL}/sitemap.xml`)).text()
  return [...xml.matchAll(/<loc>[^<]*\/fr\/deals\/([^<?]+)<\/loc>/g)].map((match) => match[1])
}

const dealPage = async () => {
  const response = await fetch(`${STOREFRONT_URL}/fr/deals/${HANDLE}`)
  const html = await response.text()
  const price = html.match(/data-testid="deal-price"[^>]*>([^<]+)</)?.[1]
  return {
    status: response.status,
    cache: response.headers.get("x-nextjs-cache"),
    price: price?.replace(/\s+/g, " "),
    ended: html.includes("Offre terminée"),
  }
}

before(async () => {
  admin = await adminClient()
})

after(async () => {
  if (product) await admin(`/admin/products/${product.id}`, { method: "DELETE" }).catch(() => {})
})

test("the revalidation endpoint refuses a wrong secret and a malformed body", async () => {
  const post = (authorization, body) =>
    fetch(`${STOREFRONT_URL}/api/revalidate`, { method: "POST", headers: { authorization, "content-type": "application/json" }, body })
  const wrong = await post("Bearer not-the-secret", JSON.stringify({ tags: ["deals"] }))
  assert.equal(wrong.status, 401)
  assert.match((await wrong.json()).message, /secret/)
  for (const body of ["{", JSON.stringify({ tags: [] }), JSON.stringify({ tags: [42] }), JSON.stringify({ tags: Array(101).fill("x") })]) {
    const bad = await post(`Bearer ${SECRET}`, body)
    assert.equal(bad.status, 400, body)
    assert.match((await bad.json()).message, /tags/)
  }
  const ok = await post(`Bearer ${SECRET}`, JSON.stringify({ tags: ["deals", "deals"] }))
  assert.deepEqual(await ok.json(), { revalidated: ["deals"] })
})

test("a new deal enters the sitemap, a new price shows on the next view, an ended deal leaves the sitemap and says so", { timeout: 120_000 }, async () => {
  assert.ok(!(await sitemapHandles()).includes(HANDLE))
  const { sales_channels } = await admin("/admin/sales-channels?name=Comptoir")
  ;({ product } = await admin("/admin/products", {
    method: "POST",
    body: {
      title: "Atelier e2e revalidation",
      handle: HANDLE,
      status: "published",
      sales_channels: [{ id: sales_channels[0].id }],
      options: [{ title: "Formule", values: ["Solo"] }],
      variants: [{ title: "Solo", options: { Formule: "Solo" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 30 }] }],
    },
  }))
  const { deal } = await admin("/admin/deals", { method: "POST", body: { product_id: product.id } })

  // Created in the admin: in the sitemap without waiting for any timer.
  await until(sitemapHandles, (handles) => handles.includes(HANDLE))

  // The page is built once, then served from the cache.
  const first = await until(dealPage, (page) => page.status === 200)
  assert.match(first.price, /30,00/)
  assert.equal((await dealPage()).cache, "HIT")

  // A new price: the backend expires the page, the next view shows it.
  const variant = product.variants[0]
  await admin(`/admin/products/${product.id}/variants/${variant.id}`, {
    method: "POST",
    body: { prices: [{ currency_code: "eur", amount: 24 }] },
  })
  const repriced = await until(dealPage, (page) => /24,00/.test(page.price ?? ""))
  assert.equal(repriced.status, 200)

  // Ended: out of the sitemap; its page stays (as on Groupon) and now says it is over.
  assert.equal((await dealPage()).ended, false)
  await admin(`/admin/deals/${deal.id}`, { method: "POST", body: { ends_at: new Date(Date.now() - 60_000).toISOString() } })
  await until(sitemapHandles, (handles) => !handles.includes(HANDLE))
  await until(dealPage, (page) => page.ended)
})
