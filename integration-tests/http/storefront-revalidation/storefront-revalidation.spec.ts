import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { StoreDealListResponse, StoreDealResponse } from "../../../src/types/http/deal"
import { createAdminHeaders } from "../../helpers/admin"
import { createCustomer } from "../../helpers/customer"
import { eventually } from "../../helpers/eventually"
import { createPricedProduct, createStoreContext, createStoreOrder } from "../../helpers/store"

jest.setTimeout(120_000)

const SECRET = "storefront-revalidate-secret"

type Revalidation = { method?: string; authorization?: string; tags: string[]; observed: unknown }

/** Plays the storefront's `POST /api/revalidate`: records each request and answers `status`. */
const storefront = {
  requests: [] as Revalidation[],
  status: 200,
  /** Read when a request arrives: the data the storefront would regenerate its pages from. */
  observe: async (): Promise<unknown> => null,
}
let server: Server

// A file-level hook runs before the runner's own: the backend boots with the storefront's address.
beforeAll(async () => {
  server = createServer(async (req, res) => {
    let body = ""
    for await (const chunk of req) body += chunk
    const { tags } = JSON.parse(body) as { tags: string[] }
    // A late revalidation may arrive while the backend shuts down: an observation that fails
    // is recorded as the error, never thrown out of this server (it would fail the whole file).
    const observed = await storefront.observe().catch((error: unknown) => error)
    storefront.requests.push({ method: req.method, authorization: req.headers.authorization, tags, observed })
    res.writeHead(storefront.status, { "content-type": "application/json" }).end(JSON.stringify({ revalidated: tags }))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  process.env.STOREFRONT_REVALIDATE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`
  process.env.STOREFRONT_REVALIDATE_SECRET = SECRET
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/**
 * The first request that `matches`, within ~30 s: subscribers run after the admin call returns,
 * and a loaded CI machine was seen to need more than 10 s.
 */
async function revalidation(matches: (request: Revalidation) => boolean) {
  await eventually(async () => storefront.requests.some(matches), true, 300)
  return storefront.requests.find(matches)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: Awaited<ReturnType<typeof createStoreContext>>
    let spa: Awaited<ReturnType<typeof createPricedProduct>>

    const listedPrice = async () => {
      const { deals } = (await api.get(`/store/deals?region_id=${store.region.id}`, store.storeHeaders)).data as StoreDealListResponse
      return deals[0]?.price?.calculated_amount
    }
    const setPrice = (amount: number) =>
      api.post(`/admin/products/${spa.product.id}/variants/${spa.variant.id}`, { prices: [{ amount, currency_code: "eur" }] }, admin)
    const placeOrder = async (customerId: string) => {
      const order = await createStoreOrder(getContainer(), store, { variant_id: spa.variant.id, customer_id: customerId, email: "buyer@comptoir.test" })
      // Placed the way a checkout places it: the deal counts its sale on `order.placed`.
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
    }

    beforeAll(async () => {
      const container = getContainer()
      admin = await createAdminHeaders(api, container)
      store = await createStoreContext(container)
      spa = await createPricedProduct(container, { title: "Spa", handle: "spa", price: 100, salesChannelId: store.salesChannel.id })
      await api.post("/admin/deals", { product_id: spa.product.id }, admin)
      await eventually(listedPrice, 100)
    })

    beforeEach(() => {
      storefront.requests = []
      storefront.status = 200
      storefront.observe = async () => null
    })

    // Stop reading the backend once a test is over: revalidations still in flight must not query it.
    afterEach(() => {
      storefront.observe = async () => null
    })

    it("regenerates the deal page and the lists once a new variant price is in the listing", async () => {
      storefront.observe = listedPrice
      await setPrice(80)
      // Observed 80: the storefront was told only after the listing row was saved.
      const request = await revalidation((candidate) => candidate.tags.includes("deal:spa") && candidate.observed === 80)
      expect(request).toMatchObject({ method: "POST", authorization: `Bearer ${SECRET}` })
      expect(request?.tags).toEqual(expect.arrayContaining(["deals", "deal:spa"]))
    })

    it("regenerates the deal page once a placed order changes its bought count", async () => {
      storefront.observe = async () => ((await api.get("/store/deals/spa", store.storeHeaders)).data as StoreDealResponse).deal.bought_count
      const buyer = await createCustomer(api, store.storeHeaders, { email: "buyer@comptoir.test" }, getContainer())
      await placeOrder(buyer.id)
      const request = await revalidation((candidate) => candidate.observed === 1)
      expect(request?.tags).toEqual(expect.arrayContaining(["deals", "deal:spa"]))
    })

    it("regenerates the product's reviews once a review is approved or answered, and its deal page for the rating", async () => {
      const buyer = await createCustomer(api, store.storeHeaders, { email: "buyer@comptoir.test" }, getContainer())
      await placeOrder(buyer.id)
      const { data } = await api.post(
        "/store/reviews",
        { product_id: spa.product.id, rating: 5, title: "Parfait", body: "Accueil chaleureux." },
        buyer.headers
      )
      await api.post("/admin/reviews/moderate", { ids: [data.review.id], status: "approved" }, admin)
      const reviewsOfSpa = (candidate: Revalidation) => candidate.tags.includes(`reviews:${spa.product.id}`)
      expect((await revalidation(reviewsOfSpa))?.tags).toEqual(expect.arrayContaining([`reviews:${spa.product.id}`, "deal:spa"]))

      storefront.requests = []
      await api.post(`/admin/reviews/${data.review.id}`, { reply: "Merci !" }, admin)
      expect(await revalidation(reviewsOfSpa)).toBeDefined()
    })

    it("regenerates the category list once a category is created", async () => {
      await api.post("/admin/product-categories", { name: "Bien-être", handle: "bien-etre" }, admin)
      expect(await revalidation((candidate) => candidate.tags.includes("categories"))).toBeDefined()
    })

    it("answers the admin and keeps the listing current when the storefront answers 500", async () => {
      storefront.status = 500
      storefront.observe = listedPrice
      expect((await setPrice(70)).status).toBe(200)
      expect(await revalidation((candidate) => candidate.observed === 70)).toBeDefined()
      // The failure broke nothing: the next change is projected and announced as well.
      await setPrice(60)
      expect(await revalidation((candidate) => candidate.observed === 60)).toBeDefined()
    })
  },
})
