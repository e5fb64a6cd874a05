import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { DEAL_MODULE } from "../../../src/modules/deal"
import type DealModuleService from "../../../src/modules/deal/service"
import { reconcileDealListing, refreshPriceListWindows } from "../../../src/workflows/deal"
import type { StoreDealListResponse } from "../../../src/types/http/deal"
import { createAdminHeaders } from "../../helpers/admin"
import { eventually } from "../../helpers/eventually"
import { createCategory, createPricedProduct, createStoreContext } from "../../helpers/store"

jest.setTimeout(180_000)

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

type Fixture = {
  handle: string
  title: string
  description?: string
  subtitle?: string
  price: number
  sale?: number
  category: "bienEtre" | "gastronomie" | "voyage" | "hightech"
  city?: string
  ends_in_days?: number
  featured?: boolean
}

// A small catalogue whose expected orders are computed independently below.
const FIXTURES: Fixture[] = [
  { handle: "the-menthe", title: "Thé à la menthe et pâtisseries", description: "Service à thé traditionnel", price: 30, sale: 18, category: "gastronomie", city: "Marrakech", ends_in_days: 4 },
  { handle: "riad-fes", title: "Nuit au riad à Fès", description: "Un riad au cœur de la médina", price: 200, sale: 140, category: "voyage", city: "Fès", ends_in_days: 2, featured: true },
  { handle: "massage", title: "Massage relaxant", subtitle: "Huiles essentielles", description: "Soin du corps d'une heure", price: 90, sale: 45, category: "bienEtre", city: "Paris" },
  { handle: "spa-desc", title: "Journée détente", description: "Accès au spa, hammam et piscine", price: 120, category: "bienEtre", city: "Paris", ends_in_days: 9 },
  { handle: "spa-title", title: "Spa et hammam", description: "Deux heures de détente", price: 70, sale: 56, category: "bienEtre", city: "Lyon", ends_in_days: 6 },
  { handle: "headphones", title: "Wireless headphones", description: "Noise cancelling, 30 hours of battery", price: 150, sale: 99, category: "hightech" },
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: Awaited<ReturnType<typeof createStoreContext>>
    let categoryIds: Record<Fixture["category"], string>
    const productIds: Record<string, string> = {}
    const dealIds: Record<string, string> = {}

    const storeGet = async (url: string) => (await api.get(url, store.storeHeaders)).data as StoreDealListResponse
    const handles = (response: StoreDealListResponse) => response.deals.map((deal) => deal.handle)
    const listed = (url: string, expected: string) =>
      eventually(async () => handles(await storeGet(url)).join(","), expected)
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => {
          throw new Error("expected the request to fail")
        },
        (error: { response: { status: number; data: { message: string } } }) => error.response
      )
    const regionQuery = () => `region_id=${store.region.id}`

    beforeAll(async () => {
      const container = getContainer()
      admin = await createAdminHeaders(api, container)
      store = await createStoreContext(container)
      categoryIds = {
        bienEtre: (await createCategory(container, "Bien-être", "bien-etre")).id,
        gastronomie: (await createCategory(container, "Gastronomie", "gastronomie")).id,
        voyage: (await createCategory(container, "Voyages", "voyages")).id,
        hightech: (await createCategory(container, "High-tech", "high-tech")).id,
      }
      for (const [index, fixture] of FIXTURES.entries()) {
        const { product } = await createPricedProduct(container, {
          title: fixture.title,
          handle: fixture.handle,
          description: fixture.description,
          price: fixture.price,
          sale: fixture.sale,
          salesChannelId: store.salesChannel.id,
          categoryIds: [categoryIds[fixture.category]],
        })
        productIds[fixture.handle] = product.id
        const { data } = await api.post(
          "/admin/deals",
          {
            product_id: product.id,
            subtitle: fixture.subtitle,
            location_address: fixture.city ? `${index + 1} rue principale` : undefined,
            location_city: fixture.city,
            is_featured: fixture.featured ?? false,
            ends_at: fixture.ends_in_days ? new Date(Date.now() + fixture.ends_in_days * DAY).toISOString() : undefined,
          },
          admin
        )
        dealIds[fixture.handle] = data.deal.id
      }
      await eventually(async () => (await storeGet("/store/deals?limit=50")).count, FIXTURES.length)
    })

    describe("French-aware search", () => {
      it("ignores accents and case, and matches French word stems", async () => {
        expect(handles(await storeGet("/store/deals?q=the%20menthe"))).toEqual(["the-menthe"])
        expect(handles(await storeGet("/store/deals?q=RIAD%20FES"))).toEqual(["riad-fes"])
        expect(handles(await storeGet("/store/deals?q=massages"))).toEqual(["massage"])
        expect(handles(await storeGet("/store/deals?q=medina"))).toEqual(["riad-fes"])
      })

      it("ranks a title match above a description match", async () => {
        expect(handles(await storeGet("/store/deals?q=spa"))).toEqual(["spa-title", "spa-desc"])
      })

      it("tolerates a typo and finds English content", async () => {
        // Close spellings are searched only when no deal has the words, and said so.
        const typo = await storeGet("/store/deals?q=masage&facets=true")
        expect(handles(typo)).toContain("massage")
        expect(typo.approximate).toBe(true)
        expect(typo.count).toBe(typo.deals.length)
        expect(typo.facets.cities).toEqual(expect.arrayContaining([{ value: "Paris", count: expect.any(Number) }]))
        const exact = await storeGet("/store/deals?q=headphone")
        expect(handles(exact)).toEqual(["headphones"])
        expect(exact.approximate).toBe(false)
        expect((await storeGet("/store/deals?q=zzzzqqq")).count).toBe(0)
        expect((await storeGet("/store/deals")).approximate).toBeUndefined()
      })
    })

    describe("sorts and filters", () => {
      const price = (fixture: Fixture) => fixture.sale ?? fixture.price
      const byHandle = (list: Fixture[]) => list.map((fixture) => fixture.handle)

      it("orders each sort as computed from the fixtures", async () => {
        const ascending = [...FIXTURES].sort((a, b) => price(a) - price(b))
        expect(handles(await storeGet(`/store/deals?${regionQuery()}&sort=price_asc`))).toEqual(byHandle(ascending))
        expect(handles(await storeGet(`/store/deals?${regionQuery()}&sort=price_desc`))).toEqual(byHandle([...ascending].reverse()))
        const ending = [...FIXTURES].sort((a, b) => (a.ends_in_days ?? Infinity) - (b.ends_in_days ?? Infinity) || 0)
        const endingHandles = handles(await storeGet("/store/deals?sort=ending_soon"))
        expect(endingHandles.slice(0, 4)).toEqual(byHandle(ending).slice(0, 4))
        expect(handles(await storeGet("/store/deals?sort=newest"))).toEqual(byHandle([...FIXTURES].reverse()))
      })

      it("filters by price range, category, city and flag, with a real count", async () => {
        const inRange = FIXTURES.filter((fixture) => price(fixture) >= 40 && price(fixture) <= 100)
        const response = await storeGet(`/store/deals?${regionQuery()}&min_price=40&max_price=100&sort=price_asc`)
        expect(response.count).toBe(inRange.length)
        expect(handles(response)).toEqual(byHandle(inRange.sort((a, b) => price(a) - price(b))))
        const wellness = await storeGet(`/store/deals?category_id=${categoryIds.bienEtre}&sort=newest`)
        expect(wellness.count).toBe(3)
        expect(handles(await storeGet("/store/deals?city=Paris&sort=newest"))).toEqual(["spa-desc", "massage"])
        expect(handles(await storeGet("/store/deals?is_featured=true"))).toEqual(["riad-fes"])
        const page = await storeGet(`/store/deals?${regionQuery()}&sort=price_asc&limit=2&offset=4`)
        expect(page).toMatchObject({ count: 6, offset: 4, limit: 2 })
        expect(handles(page)).toEqual(byHandle([...FIXTURES].sort((a, b) => price(a) - price(b))).slice(4))
      })
    })

    describe("facets", () => {
      it("counts categories and cities for the query, each ignoring its own filter, with the price range", async () => {
        const { facets } = await storeGet(`/store/deals?${regionQuery()}&facets=true&category_id=${categoryIds.bienEtre}`)
        const categoryCount = Object.fromEntries(facets!.categories.map((category) => [category.handle, category.count]))
        expect(categoryCount).toEqual({ "bien-etre": 3, gastronomie: 1, voyages: 1, "high-tech": 1 })
        expect(facets!.cities).toEqual([
          { value: "Paris", count: 2 },
          { value: "Lyon", count: 1 },
        ])
        expect(facets!.price).toEqual({ currency_code: "eur", min: 45, max: 120 })
        const search = await storeGet(`/store/deals?facets=true&q=spa`)
        expect(search.facets!.categories).toEqual([expect.objectContaining({ handle: "bien-etre", count: 2 })])
        expect((await storeGet("/store/deals")).facets).toBeUndefined()
      })
    })

    describe("freshness", () => {
      it("drops a deal the moment it ends, without waiting for the index", async () => {
        await api.post(`/admin/deals/${dealIds["headphones"]}`, { ends_at: new Date(Date.now() + 2500).toISOString() }, admin)
        expect(await listed("/store/deals?q=headphone", "headphones")).toBe("headphones")
        const before = (await storeGet("/store/deals?limit=50")).count
        await new Promise((resolve) => setTimeout(resolve, 3000))
        expect(handles(await storeGet("/store/deals?q=headphone"))).toEqual([])
        expect((await storeGet("/store/deals?limit=50")).count).toBe(before - 1)
      })

      it("follows a new sale price list within seconds", async () => {
        const { data } = await api.get(`/admin/products/${productIds["spa-desc"]}?fields=variants.id`, admin)
        await createPriceListsWorkflow(getContainer()).run({
          input: {
            price_lists_data: [
              {
                title: "Black Friday",
                description: "Prix cassés",
                type: "sale",
                status: "active",
                prices: [{ variant_id: data.product.variants[0].id, amount: 10, currency_code: "eur" }],
              },
            ],
          },
        })
        expect(await listed(`/store/deals?${regionQuery()}&sort=price_asc&limit=1`, "spa-desc")).toBe("spa-desc")
        const [card] = (await storeGet(`/store/deals?${regionQuery()}&sort=price_asc&limit=1`)).deals
        expect(card.price).toMatchObject({ original_amount: 120, calculated_amount: 10, discount_percent: 92 })
      })

      it("follows a product taken out of the sales channel through Medusa's batch route", async () => {
        await api.post(`/admin/sales-channels/${store.salesChannel.id}/products`, { remove: [productIds["massage"]] }, admin)
        expect(await listed("/store/deals?city=Paris", "spa-desc")).toBe("spa-desc")
      })

      it("follows a product title change and an unpublished product", async () => {
        await api.post(`/admin/products/${productIds["spa-title"]}`, { title: "Hammam royal" }, admin)
        expect(await listed("/store/deals?q=royal", "spa-title")).toBe("spa-title")
        await api.post(`/admin/products/${productIds["riad-fes"]}`, { status: "draft" }, admin)
        expect(await listed("/store/deals?q=riad", "")).toBe("")
      })
    })

    describe("scheduled upkeep", () => {
      const sleepUntil = (moment: Date) => new Promise((resolve) => setTimeout(resolve, Math.max(0, moment.getTime() - Date.now()) + 200))
      const mentheAmount = async () => (await storeGet(`/store/deals?${regionQuery()}&q=menthe`)).deals[0].price!.calculated_amount

      it("applies a sale when it starts and when it ends, though Medusa emits no event then", async () => {
        const container = getContainer()
        await refreshPriceListWindows(container)
        const { data } = await api.get(`/admin/products/${productIds["the-menthe"]}?fields=variants.id`, admin)
        const startsAt = new Date(Date.now() + 2000)
        const endsAt = new Date(startsAt.getTime() + 2000)
        const { result: [flash] } = await createPriceListsWorkflow(container).run({
          input: {
            price_lists_data: [
              {
                title: "Vente flash",
                description: "Deux secondes",
                type: "sale",
                status: "active",
                starts_at: startsAt.toISOString(),
                ends_at: endsAt.toISOString(),
                prices: [{ variant_id: data.product.variants[0].id, amount: 12, currency_code: "eur" }],
              },
            ],
          },
        })
        // The clock is a parameter: just before the start, the sale is not due yet.
        const early = await refreshPriceListWindows(container, new Date(startsAt.getTime() - 1))
        expect(early.price_list_ids).not.toContain(flash.id)
        expect(await mentheAmount()).toBe(18)

        await sleepUntil(startsAt)
        await refreshPriceListWindows(container)
        expect(await mentheAmount()).toBe(12)

        await sleepUntil(endsAt)
        await refreshPriceListWindows(container)
        expect(await mentheAmount()).toBe(18)
      })

      it("projects a deal again when its own end passes, though nothing emits an event then", async () => {
        const container = getContainer()
        await refreshPriceListWindows(container)
        const dealService: DealModuleService = container.resolve(DEAL_MODULE)
        const [deal] = await dealService.listDeals({ id: dealIds["riad-fes"] })
        const endsAt = new Date(deal.ends_at as unknown as string)
        // The clock is a parameter: before the end the deal is not due, after it it is.
        const before = await refreshPriceListWindows(container, new Date(endsAt.getTime() - 1000))
        expect(before.deal_ids).not.toContain(deal.id)
        const after = await refreshPriceListWindows(container, new Date(endsAt.getTime() + 1000))
        expect(after.deal_ids).toContain(deal.id)
        expect(after.product_ids).toContain(productIds["riad-fes"])
      })

      it("repairs a lost listing row and a drifted sales counter", async () => {
        const container = getContainer()
        const dealService: DealModuleService = container.resolve(DEAL_MODULE)
        await dealService.saveProductListings([], [productIds["the-menthe"]])
        const [deal] = await dealService.listDeals({ id: dealIds["spa-title"] })
        // A listing-only drift, as a write racing a first projection would leave.
        await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`UPDATE deal_listing SET bought_count = 999 WHERE id = ?`, [deal.id])
        expect(handles(await storeGet("/store/deals?q=menthe"))).toEqual([])

        const result = await reconcileDealListing(container)
        expect(result).toEqual({ realigned: 1, listed: 1, pruned: 0 })
        expect(handles(await storeGet("/store/deals?q=menthe"))).toEqual(["the-menthe"])
        const spa = (await storeGet("/store/deals?q=hammam")).deals.find((card) => card.handle === "spa-title")
        expect(spa?.bought_count).toBe(deal.bought_count)
        expect(await reconcileDealListing(container)).toEqual({ realigned: 0, listed: 0, pruned: 0 })
      })
    })

    describe("re-index", () => {
      it("rebuilds lost listing rows and reports its progress", async () => {
        const dealService: DealModuleService = getContainer().resolve(DEAL_MODULE)
        await dealService.saveProductListings([], Object.values(productIds))
        expect((await storeGet("/store/deals")).count).toBe(0)
        const { data: started } = await api.post("/admin/deals/reindex", {}, admin)
        expect(started.reindex.state).toBe("running")
        const state = await eventually(async () => (await api.get("/admin/deals/reindex", admin)).data.reindex.state, "done")
        expect(state).toBe("done")
        const { data: done } = await api.get("/admin/deals/reindex", admin)
        expect(done.reindex).toMatchObject({ processed: FIXTURES.length, error: null })
        expect((await storeGet("/store/deals")).count).toBe(FIXTURES.length)
      })

      it("is for admins only", async () => {
        expect((await failure(api.post("/admin/deals/reindex", {}))).status).toBe(401)
      })
    })

    describe("GET /admin/deals", () => {
      it("searches accent-insensitively, filters by status and carries prices", async () => {
        const { data } = await api.get("/admin/deals?q=fes", admin)
        expect(data.deals.map((deal: { product_id: string }) => deal.product_id)).toEqual([productIds["riad-fes"]])
        expect(data.deals[0]).toMatchObject({
          status: "live",
          prices: [{ currency_code: "eur", calculated_amount: 140, original_amount: 200, discount_percent: 30 }],
        })
        await api.post(`/admin/deals/${dealIds["massage"]}`, { starts_at: new Date(Date.now() + DAY).toISOString() }, admin)
        const scheduled = (await api.get("/admin/deals?status=scheduled", admin)).data
        expect(scheduled.deals.map((deal: { id: string }) => deal.id)).toEqual([dealIds["massage"]])
        const both = (await api.get("/admin/deals?status=scheduled&status=live&limit=1", admin)).data
        expect(both).toMatchObject({ count: FIXTURES.length, limit: 1 })
      })

      it("answers 400 for a negative limit, an unknown order and a malformed id", async () => {
        for (const url of ["/admin/deals?limit=-1", "/admin/deals?order=;drop", "/admin/deals?status=soon", "/admin/deals/%00", "/admin/deals/deal_1%27"]) {
          const response = await failure(api.get(url, admin))
          expect({ url, status: response.status }).toEqual({ url, status: 400 })
          expect(response.data.message).toEqual(expect.any(String))
        }
      })
    })

    describe("database rules", () => {
      it("refuses, with a 400 naming the rule, quantity bounds or an offer window the checks reject", async () => {
        const dealService: DealModuleService = getContainer().resolve(DEAL_MODULE)
        // Straight to the module, as a concurrent update that passed validation would be.
        const error = await dealService.updateDeals({ id: dealIds["massage"], min_quantity: 5, max_quantity: 2 }).catch((e) => e)
        expect(error).toMatchObject({ code: "23514" })
        const response = await failure(
          api.post(`/admin/deals/${dealIds["massage"]}`, { starts_at: new Date(Date.now() + DAY).toISOString(), ends_at: new Date().toISOString() }, admin)
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/ends_at must be after starts_at/)
      })
    })
  },
})
