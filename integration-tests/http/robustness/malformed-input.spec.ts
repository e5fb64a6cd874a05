import fs from "node:fs"
import path from "node:path"
import fc from "fast-check"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "../../helpers/admin"
import { createPricedProduct, createStoreContext } from "../../helpers/store"

jest.setTimeout(300_000)

type Route = { path: string; methods: string[] }

/** Every Comptoir route, read from src/api: a route added later is covered without editing this test. */
function discoverRoutes(dir = path.join(__dirname, "../../../src/api"), prefix = ""): Route[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry): Route[] => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return discoverRoutes(full, `${prefix}/${entry.name.replace(/^\[(.+)\]$/, ":$1")}`)
    }
    if (entry.name !== "route.ts") return []
    const methods = [...fs.readFileSync(full, "utf8").matchAll(/export (?:async )?function (GET|POST|DELETE)\b/g)].map((m) => m[1])
    return [{ path: prefix, methods }]
  })
}

// Hand-picked shapes that broke routes before, plus generated ones below.
const BAD_SEGMENTS = ["%00", "a%00b", "%E0%A4%A", "it's", "%27%3B%20drop", "x".repeat(300), "%F0%9F%92%A9", "..%2F..", "%20"]
const BAD_QUERIES = [
  "limit=-1",
  "limit=abc",
  "limit=1e9",
  "offset=-5",
  "order=;drop",
  "order=-",
  "fields=%00",
  "fields=*product.variants.prices",
  "q=%00",
  "q=" + "a".repeat(5000),
  "region_id=%00",
  "region_id=reg_%27",
  "category_id[a][b]=1",
  "limit[]=1",
  "sort[$ne]=1",
  "is_featured=maybe",
  "status=%00",
  "min_price=-1&region_id=x",
  "facets=1",
  "city=%00",
]
const BAD_BODIES: unknown[] = [
  {},
  [],
  "text",
  null,
  { product_id: "\u0000" },
  { product_id: { $ne: null } },
  { subtitle: "a\u0000b" },
  { subtitle: { nested: true } },
  { min_quantity: -3, max_quantity: 1e12 },
  { starts_at: "not a date" },
  { faq: [{ question: 1 }] },
  { unknown_field: true },
  { highlights: "x".repeat(100_000) },
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let storeHeaders: Record<string, string>
    let dealId: string

    beforeAll(async () => {
      const container = getContainer()
      adminHeaders = (await createAdminHeaders(api, container)).headers
      const store = await createStoreContext(container)
      storeHeaders = store.storeHeaders.headers
      const { product } = await createPricedProduct(container, { title: "Témoin", handle: "temoin", price: 10, salesChannelId: store.salesChannel.id })
      dealId = (await api.post("/admin/deals", { product_id: product.id, subtitle: "Témoin" }, { headers: adminHeaders })).data.deal.id
    })

    const routes = discoverRoutes()

    it("finds the Comptoir routes to check", () => {
      expect(routes.map((route) => route.path)).toEqual(expect.arrayContaining(["/admin/deals", "/admin/deals/:id", "/store/deals", "/store/deals/:handle"]))
    })

    const send = async (method: string, url: string, body?: unknown) => {
      const headers = url.startsWith("/admin") ? adminHeaders : storeHeaders
      const response = await api.request({ method, url, data: body, headers: { ...headers, "content-type": "application/json" }, validateStatus: () => true })
      return response.status as number
    }

    it("never answers 5xx to malformed ids, queries or bodies, and loses nothing stored", async () => {
      const generated = fc.sample(fc.string({ unit: "binary", maxLength: 40 }), { numRuns: 25, seed: 42 }).map(encodeURIComponent)
      const failures: string[] = []
      for (const route of routes) {
        const concrete = (segment: string) => route.path.replace(/:[a-z_]+/g, segment)
        for (const method of route.methods) {
          const urls = route.path.includes(":")
            ? [...BAD_SEGMENTS, ...generated].map(concrete)
            : [route.path]
          // A DELETE with a well-formed id would rightly delete: aim those at a missing one.
          const target = method === "DELETE" ? "deal_missing" : dealId
          const withQueries = [...urls, ...BAD_QUERIES.map((query) => `${concrete(target)}?${query}`)]
          for (const url of withQueries) {
            const status = await send(method, url, method === "POST" ? {} : undefined)
            if (status >= 500) failures.push(`${method} ${url} → ${status}`)
          }
          if (method === "POST") {
            for (const body of BAD_BODIES) {
              const status = await send(method, concrete(dealId), body)
              if (status >= 500) failures.push(`${method} ${concrete(dealId)} ${JSON.stringify(body)?.slice(0, 60)} → ${status}`)
            }
          }
        }
      }
      expect(failures).toEqual([])
      const { data } = await api.get(`/admin/deals/${dealId}`, { headers: adminHeaders })
      expect(data.deal).toMatchObject({ id: dealId, subtitle: "Témoin" })
    })
  },
})
