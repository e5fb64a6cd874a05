import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createDealWorkflow } from "../../../src/workflows/deal/create-deal"
import { createAdminHeaders } from "../../helpers/admin"
import { eventually } from "../../helpers/eventually"
import { createCategory, createPricedProduct, createStoreContext, createStoreOrder } from "../../helpers/store"

jest.setTimeout(120_000)

const DAY = 24 * 60 * 60 * 1000

// A failing hook consumer, switched on by one test, to prove the workflow rolls back.
createDealWorkflow.hooks.dealCreated(({ additional_data }) => {
  if (additional_data?.fail_after_create) {
    throw new Error("hook failure requested by the test")
  }
})

// One Medusa boot for every deal route: the fixtures below are built once, snapshotted
// by the runner, and restored before each test.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: Awaited<ReturnType<typeof createStoreContext>>
    let products: Record<string, { product: { id: string; handle: string }; variant: { id: string } }>
    let spaCategory: { id: string }

    const createDeal = (body: Record<string, unknown>) => api.post("/admin/deals", body, admin)
    const storeGet = (url: string) => api.get(url, store.storeHeaders)
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => {
          throw new Error("expected the request to fail")
        },
        (error: { response: { status: number; data: { message: string } } }) => error.response
      )

    beforeAll(async () => {
      const container = getContainer()
      admin = await createAdminHeaders(api, container)
      store = await createStoreContext(container)
      spaCategory = await createCategory(container, "Bien-être", "bien-etre")
      const sc = store.salesChannel.id
      products = {
        spa: await createPricedProduct(container, { title: "Spa à Paris", handle: "spa-paris", price: 100, sale: 60, salesChannelId: sc, categoryIds: [spaCategory.id] }),
        book: await createPricedProduct(container, { title: "Livre numérique", handle: "ebook", price: 20, salesChannelId: sc }),
        dinner: await createPricedProduct(container, { title: "Dîner gastronomique", handle: "diner", price: 80, sale: 40, salesChannelId: sc }),
        draft: await createPricedProduct(container, { title: "Brouillon", handle: "brouillon", price: 10, status: "draft", salesChannelId: sc }),
        hidden: await createPricedProduct(container, { title: "Hors canal", handle: "hors-canal", price: 10 }),
      }
    })

    describe("admin authentication", () => {
      it("answers 401 to deal routes without an admin token", async () => {
        expect((await failure(api.get("/admin/deals"))).status).toBe(401)
        expect((await failure(api.post("/admin/deals", { product_id: products.spa.product.id }))).status).toBe(401)
        expect((await failure(api.delete("/admin/deals/deal_123"))).status).toBe(401)
      })
    })

    describe("POST /admin/deals", () => {
      it("creates the deal content of a product and returns it with the product", async () => {
        const { data } = await createDeal({
          product_id: products.spa.product.id,
          subtitle: "Hammam et massage",
          highlights: ["Accès hammam", "Massage 30 min"],
          faq: [{ question: "Faut-il réserver ?", answer: "Oui, par téléphone." }],
          location_address: "12 rue de Rivoli",
          location_city: "Paris",
          location_lat: 48.8559,
          location_lng: 2.3582,
          ends_at: new Date(Date.now() + 3 * DAY).toISOString(),
          min_quantity: 1,
          max_quantity: 4,
        })
        expect(data.deal).toMatchObject({
          id: expect.stringMatching(/^deal_/),
          product_id: products.spa.product.id,
          highlights: ["Accès hammam", "Massage 30 min"],
          faq: [{ question: "Faut-il réserver ?", answer: "Oui, par téléphone." }],
          location_city: "Paris",
          max_quantity: 4,
          bought_count: 0,
          product: { title: "Spa à Paris", handle: "spa-paris" },
        })
        expect(data.deal.location_lat).toBeCloseTo(48.8559, 3)
      })

      it("answers 400 with a message for invalid content", async () => {
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ product_id: products.spa.product.id, unknown_field: 1 }, /unknown_field/],
          [{ product_id: products.spa.product.id, location_lat: 200 }, /location_lat/],
          [{ product_id: products.spa.product.id, faq: [{ question: "Sans réponse ?" }] }, /faq/],
          [{ product_id: products.spa.product.id, min_quantity: 0 }, /min_quantity/],
          [{ product_id: products.spa.product.id, min_quantity: 5, max_quantity: 2 }, /max_quantity \(2\) must be at least min_quantity \(5\)/],
          [{ product_id: products.spa.product.id, starts_at: "2026-12-10", ends_at: "2026-12-01" }, /ends_at must be after starts_at/],
          [{ product_id: products.spa.product.id, ends_at: "not a date" }, /ends_at/],
          [{}, /product_id/],
        ]
        for (const [body, message] of cases) {
          const response = await failure(createDeal(body))
          expect({ body, status: response.status }).toEqual({ body, status: 400 })
          expect(response.data.message).toMatch(message)
        }
        const { data } = await api.get("/admin/deals", admin)
        expect(data.count).toBe(0)
      })

      it("answers 404 for an unknown product", async () => {
        const response = await failure(createDeal({ product_id: "prod_does_not_exist" }))
        expect(response.status).toBe(404)
        expect(response.data.message).toMatch(/prod_does_not_exist/)
      })

      it("refuses a second deal for the same product, even when both are sent at once", async () => {
        const attempts = await Promise.allSettled(
          Array.from({ length: 4 }, () => createDeal({ product_id: products.book.product.id }))
        )
        expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1)
        for (const attempt of attempts.filter((a) => a.status === "rejected") as PromiseRejectedResult[]) {
          expect(attempt.reason.response.status).toBe(422)
          expect(attempt.reason.response.data.message).toBe(`Product ${products.book.product.id} already has a deal: update it instead`)
        }
        const { data } = await api.get(`/admin/deals?product_id=${products.book.product.id}`, admin)
        expect(data.count).toBe(1)
      })

      it("hands the deal-of-the-day flag over to the newest deal of the day", async () => {
        const first = (await createDeal({ product_id: products.spa.product.id, is_deal_of_day: true })).data.deal
        const second = (await createDeal({ product_id: products.dinner.product.id, is_deal_of_day: true })).data.deal
        const { data } = await api.get("/admin/deals?is_deal_of_day=true", admin)
        expect(data.deals.map((deal: { id: string }) => deal.id)).toEqual([second.id])
        expect((await api.get(`/admin/deals/${first.id}`, admin)).data.deal.is_deal_of_day).toBe(false)
      })

      it("rolls everything back when a later step fails", async () => {
        const first = (await createDeal({ product_id: products.spa.product.id, is_deal_of_day: true })).data.deal
        const response = await failure(
          createDeal({ product_id: products.dinner.product.id, is_deal_of_day: true, additional_data: { fail_after_create: true } })
        )
        expect(response.status).toBe(500)
        const { data } = await api.get("/admin/deals", admin)
        expect(data.deals.map((deal: { id: string; is_deal_of_day: boolean }) => [deal.id, deal.is_deal_of_day])).toEqual([
          [first.id, true],
        ])
      })
    })

    describe("GET /admin/deals", () => {
      it("paginates with a real count and filters by product", async () => {
        for (const key of ["spa", "book", "dinner"]) {
          await createDeal({ product_id: products[key].product.id })
        }
        const page = (await api.get("/admin/deals?limit=2&offset=0&order=created_at", admin)).data
        expect(page).toMatchObject({ count: 3, offset: 0, limit: 2 })
        expect(page.deals).toHaveLength(2)
        const rest = (await api.get("/admin/deals?limit=2&offset=2&order=created_at", admin)).data
        expect(rest.deals).toHaveLength(1)
        const filtered = (await api.get(`/admin/deals?product_id=${products.dinner.product.id}`, admin)).data
        expect(filtered.deals.map((deal: { product_id: string }) => deal.product_id)).toEqual([products.dinner.product.id])
      })
    })

    describe("POST /admin/deals/:id", () => {
      it("updates the given fields and leaves the others as they were", async () => {
        const created = (await createDeal({ product_id: products.spa.product.id, highlights: ["A"], max_quantity: 5 })).data.deal
        const { data } = await api.post(`/admin/deals/${created.id}`, { subtitle: "Nouveau", location_city: null }, admin)
        expect(data.deal).toMatchObject({ subtitle: "Nouveau", highlights: ["A"], max_quantity: 5, location_city: null })
      })

      it("answers 400 when the update breaks a rule with the stored values", async () => {
        const created = (await createDeal({ product_id: products.spa.product.id, max_quantity: 3 })).data.deal
        const response = await failure(api.post(`/admin/deals/${created.id}`, { min_quantity: 5 }, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/max_quantity \(3\) must be at least min_quantity \(5\)/)
        expect((await api.get(`/admin/deals/${created.id}`, admin)).data.deal.min_quantity).toBe(1)
      })

      it("answers 404 for an unknown deal", async () => {
        expect((await failure(api.post("/admin/deals/deal_missing", { subtitle: "x" }, admin))).status).toBe(404)
      })
    })

    describe("DELETE /admin/deals/:id", () => {
      it("removes the deal content; the product stays", async () => {
        const created = (await createDeal({ product_id: products.spa.product.id })).data.deal
        const { data } = await api.delete(`/admin/deals/${created.id}`, admin)
        expect(data).toEqual({ id: created.id, object: "deal", deleted: true })
        expect((await failure(api.get(`/admin/deals/${created.id}`, admin))).status).toBe(404)
        expect((await failure(api.delete(`/admin/deals/${created.id}`, admin))).status).toBe(404)
        expect((await api.get(`/admin/products/${products.spa.product.id}`, admin)).data.product.id).toBe(
          products.spa.product.id
        )
        // The product can be dressed up again.
        expect((await createDeal({ product_id: products.spa.product.id })).data.deal.id).not.toBe(created.id)
      })
    })

    describe("DELETE /admin/products/:id", () => {
      it("removes the deal of a deleted product", async () => {
        await createDeal({ product_id: products.dinner.product.id })
        await api.delete(`/admin/products/${products.dinner.product.id}`, admin)
        const count = async () => (await api.get(`/admin/deals?product_id=${products.dinner.product.id}`, admin)).data.count
        expect(await eventually(count, 0)).toBe(0)
      })
    })

    describe("GET /store/deals", () => {
      beforeEach(async () => {
        await createDeal({ product_id: products.spa.product.id, is_featured: true, ends_at: new Date(Date.now() + 2 * DAY).toISOString() })
        await createDeal({ product_id: products.book.product.id, is_deal_of_day: true })
        await createDeal({ product_id: products.dinner.product.id, ends_at: new Date(Date.now() + 5 * DAY).toISOString() })
        await createDeal({ product_id: products.draft.product.id })
        await createDeal({ product_id: products.hidden.product.id })
        // The listing index follows deal events: wait until it holds the three on sale.
        await listedHandles("/store/deals?sort=newest", "diner,ebook,spa-paris")
      })

      const handles = (deals: { handle: string }[]) => deals.map((deal) => deal.handle)
      const listedHandles = (url: string, expected: string) =>
        eventually(async () => handles((await storeGet(url)).data.deals).join(","), expected)

      it("lists the deals on sale with original price, deal price and discount", async () => {
        const { data } = await storeGet(`/store/deals?region_id=${store.region.id}&sort=price_asc`)
        expect(data).toMatchObject({ count: 3, offset: 0, limit: 12 })
        expect(handles(data.deals)).toEqual(["ebook", "diner", "spa-paris"])
        const spa = data.deals.find((deal: { handle: string }) => deal.handle === "spa-paris")
        expect(spa).toMatchObject({
          title: "Spa à Paris",
          is_featured: true,
          bought_count: 0,
          price: { currency_code: "eur", original_amount: 100, calculated_amount: 60, discount_percent: 40 },
        })
        expect(data.deals[0].price).toMatchObject({ original_amount: 20, calculated_amount: 20, discount_percent: 0 })
      })

      it("leaves out deals that have ended or not started yet", async () => {
        const { data: deals } = await api.get(`/admin/deals?product_id=${products.dinner.product.id}`, admin)
        await api.post(`/admin/deals/${deals.deals[0].id}`, { ends_at: new Date(Date.now() - DAY).toISOString() }, admin)
        const spaDeal = (await api.get(`/admin/deals?product_id=${products.spa.product.id}`, admin)).data.deals[0]
        await api.post(`/admin/deals/${spaDeal.id}`, { starts_at: new Date(Date.now() + DAY).toISOString() }, admin)
        expect(await listedHandles("/store/deals", "ebook")).toBe("ebook")
        expect((await failure(storeGet("/store/deals/spa-paris"))).status).toBe(404)
        expect((await storeGet("/store/deals/diner")).data.deal.handle).toBe("diner")
      })

      it("searches, filters by category, price range and flags", async () => {
        expect(handles((await storeGet("/store/deals?q=spa")).data.deals)).toEqual(["spa-paris"])
        expect(handles((await storeGet(`/store/deals?category_id=${spaCategory.id}`)).data.deals)).toEqual(["spa-paris"])
        const range = (await storeGet(`/store/deals?region_id=${store.region.id}&min_price=30&max_price=60&sort=price_desc`)).data
        expect(handles(range.deals)).toEqual(["spa-paris", "diner"])
        expect(handles((await storeGet("/store/deals?is_featured=true")).data.deals)).toEqual(["spa-paris"])
        expect(handles((await storeGet("/store/deals?is_deal_of_day=true")).data.deals)).toEqual(["ebook"])
      })

      it("sorts by ending soon, newest and price, and paginates with a real count", async () => {
        expect(handles((await storeGet("/store/deals?sort=ending_soon")).data.deals)).toEqual(["spa-paris", "diner", "ebook"])
        expect(handles((await storeGet("/store/deals?sort=newest")).data.deals)).toEqual(["diner", "ebook", "spa-paris"])
        const page2 = (await storeGet(`/store/deals?region_id=${store.region.id}&sort=price_desc&limit=2&offset=2`)).data
        expect(page2).toMatchObject({ count: 3, offset: 2, limit: 2 })
        expect(handles(page2.deals)).toEqual(["ebook"])
      })

      it("answers 400 with a message for a bad query", async () => {
        const cases: [string, RegExp][] = [
          ["sort=cheapest", /sort/],
          ["limit=0", /limit/],
          ["limit=1000", /limit/],
          ["min_price=50&max_price=10&region_id=" + store.region.id, /min_price must not exceed max_price/],
          ["sort=price_asc", /region_id is required/],
          ["colour=red", /colour/],
          ["region_id=reg_missing", /Region with id: reg_missing was not found/],
        ]
        for (const [query, message] of cases) {
          const response = await failure(storeGet(`/store/deals?${query}`))
          expect({ query, status: response.status }).toEqual({ query, status: 400 })
          expect(response.data.message).toMatch(message)
        }
      })

      it("requires a publishable key", async () => {
        const response = await failure(api.get("/store/deals"))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/publishable/i)
      })
    })

    describe("deal quantity limits in the cart", () => {
      const newCart = async () =>
        (await api.post("/store/carts", { region_id: store.region.id }, store.storeHeaders)).data.cart
      const addLine = (cartId: string, quantity: number) =>
        api.post(`/store/carts/${cartId}/line-items`, { variant_id: products.spa.variant.id, quantity }, store.storeHeaders)

      beforeEach(async () => {
        await createDeal({ product_id: products.spa.product.id, min_quantity: 2, max_quantity: 4 })
      })

      it("refuses to go above the per-order maximum, counting what the cart already holds", async () => {
        const cart = await newCart()
        await addLine(cart.id, 3)
        const response = await failure(addLine(cart.id, 2))
        expect(response.status).toBe(400)
        expect(response.data.message).toBe('"Spa à Paris" is limited to 4 per order (the cart would hold 5)')
        const { data } = await api.get(`/store/carts/${cart.id}`, store.storeHeaders)
        expect(data.cart.items.map((item: { quantity: number }) => item.quantity)).toEqual([3])
      })

      it("refuses fewer units than the minimum, and checks quantity updates too", async () => {
        const cart = await newCart()
        expect((await failure(addLine(cart.id, 1))).data.message).toMatch(/must be bought by 2 at least/)
        const line = (await addLine(cart.id, 2)).data.cart.items[0]
        const update = (quantity: number) =>
          api.post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity }, store.storeHeaders)
        expect((await failure(update(5))).data.message).toMatch(/limited to 4 per order \(the cart would hold 5\)/)
        expect((await update(4)).data.cart.items[0].quantity).toBe(4)
      })

      it("holds the maximum when additions to one cart arrive in parallel", async () => {
        const cart = await newCart()
        const attempts = await Promise.allSettled([addLine(cart.id, 2), addLine(cart.id, 2), addLine(cart.id, 2)])
        expect(attempts.some((attempt) => attempt.status === "fulfilled")).toBe(true)
        const { data } = await api.get(`/store/carts/${cart.id}`, store.storeHeaders)
        const units = data.cart.items.reduce((sum: number, item: { quantity: number }) => sum + item.quantity, 0)
        expect(units).toBeLessThanOrEqual(4)
        expect(units).toBeGreaterThanOrEqual(2)
      })

      it("leaves products without a deal alone", async () => {
        const cart = await newCart()
        const { data } = await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: products.book.variant.id, quantity: 25 },
          store.storeHeaders
        )
        expect(data.cart.items[0].quantity).toBe(25)
      })
    })

    describe("GET /store/deals/:handle", () => {
      it("returns everything the deal page needs in one response", async () => {
        await createDeal({
          product_id: products.spa.product.id,
          highlights: ["Hammam"],
          included: ["Peignoir"],
          how_it_works: "Réservez en ligne.",
          conditions: "Sur rendez-vous.",
          faq: [{ question: "Parking ?", answer: "Oui." }],
          location_address: "12 rue de Rivoli",
          location_city: "Paris",
          min_quantity: 1,
          max_quantity: 4,
        })
        const { data } = await storeGet(`/store/deals/spa-paris?region_id=${store.region.id}`)
        expect(data.deal).toMatchObject({
          handle: "spa-paris",
          title: "Spa à Paris",
          highlights: ["Hammam"],
          included: ["Peignoir"],
          how_it_works: "Réservez en ligne.",
          conditions: "Sur rendez-vous.",
          faq: [{ question: "Parking ?", answer: "Oui." }],
          location: { address: "12 rue de Rivoli", city: "Paris" },
          min_quantity: 1,
          max_quantity: 4,
          bought_count: 0,
          categories: [{ id: spaCategory.id, name: "Bien-être", handle: "bien-etre" }],
          price: { original_amount: 100, calculated_amount: 60, discount_percent: 40, variant_id: products.spa.variant.id },
          variants: [{ id: products.spa.variant.id, title: "Standard", price: { discount_percent: 40 } }],
        })
      })

      it("answers 404 for an unknown handle, a product without deal, or a product outside the key's channels", async () => {
        await createDeal({ product_id: products.hidden.product.id })
        for (const handle of ["nope", "ebook", "hors-canal"]) {
          const response = await failure(storeGet(`/store/deals/${handle}`))
          expect({ handle, status: response.status }).toEqual({ handle, status: 404 })
          expect(response.data.message).toMatch(handle)
        }
      })

      it("counts units bought in placed orders, and takes them back when an order is canceled", async () => {
        const container = getContainer()
        await createDeal({ product_id: products.spa.product.id })
        const eventBus = container.resolve(Modules.EVENT_BUS)
        const placeOrder = async (quantity: number, buyer: string) => {
          const order = await createStoreOrder(container, store, { variant_id: products.spa.variant.id, quantity, email: `${buyer}@comptoir.test` })
          await eventBus.emit({ name: "order.placed", data: { id: order.id } })
          return order
        }
        const boughtCount = async () => (await storeGet("/store/deals/spa-paris")).data.deal.bought_count

        const orders = await Promise.all([placeOrder(2, "ana"), placeOrder(1, "brahim"), placeOrder(3, "chloe")])
        expect(await eventually(boughtCount, 6)).toBe(6)
        await cancelOrderWorkflow(container).run({ input: { order_id: orders[0].id } })
        expect(await eventually(boughtCount, 4)).toBe(4)
      })
    })
  },
})
