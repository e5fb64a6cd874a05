import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { DEAL_MODULE } from ".."
import { Deal } from "../models/deal"
import { DealListing } from "../models/deal-listing"
import { DealListingPrice } from "../models/deal-listing-price"
import type { ProductListingInput } from "../listing/listing-writes"
import DealModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<DealModuleService>({
  moduleName: DEAL_MODULE,
  moduleModels: [Deal, DealListing, DealListingPrice],
  resolve: "./src/modules/deal",
  // The module's migrations, not a schema derived from the models: the listing's search
  // columns, text search configurations and version table are hand-written SQL.
  pathToMigrations: "./src/modules/deal/migrations",
  testSuite: ({ service }) => {
    describe("DealModuleService", () => {
      it("stores the content with its defaults", async () => {
        const deal = await service.createDeals({ product_id: "prod_1", highlights: ["Vue mer"] })
        expect(deal).toMatchObject({
          product_id: "prod_1",
          highlights: ["Vue mer"],
          included: [],
          faq: [],
          is_featured: false,
          is_deal_of_day: false,
          min_quantity: 1,
          max_quantity: null,
          bought_count: 0,
        })
        expect(deal.id).toMatch(/^deal_/)
      })

      it("keeps one deal per product, and accepts a new one once the old is deleted", async () => {
        const first = await service.createDeals({ product_id: "prod_1" })
        await expect(service.createDeals({ product_id: "prod_1" })).rejects.toThrow(/already exists/)
        await service.softDeleteDeals(first.id)
        await expect(service.createDeals({ product_id: "prod_1" })).resolves.toMatchObject({ product_id: "prod_1" })
      })

      it("keeps a single deal of the day", async () => {
        await service.createDeals({ product_id: "prod_1", is_deal_of_day: true })
        await expect(service.createDeals({ product_id: "prod_2", is_deal_of_day: true })).rejects.toThrow(/already exists/)
        await expect(service.createDeals({ product_id: "prod_3", is_deal_of_day: false })).resolves.toBeDefined()
      })

      it("adds sold units atomically under concurrent orders and never goes below zero", async () => {
        await service.createDeals({ product_id: "prod_1" })
        await Promise.all(
          Array.from({ length: 20 }, () => service.adjustBoughtCounts([{ product_id: "prod_1", quantity: 3 }]))
        )
        const [deal] = await service.listDeals({ product_id: "prod_1" })
        expect(deal.bought_count).toBe(60)
        await service.adjustBoughtCounts([{ product_id: "prod_1", quantity: -100 }])
        expect((await service.listDeals({ product_id: "prod_1" }))[0].bought_count).toBe(0)
      })

      it("reports only the deals it touched", async () => {
        await service.createDeals({ product_id: "prod_1" })
        const applied = await service.adjustBoughtCounts([
          { product_id: "prod_1", quantity: 2 },
          { product_id: "prod_without_deal", quantity: 5 },
          { product_id: "prod_1", quantity: 0 },
        ])
        expect(applied).toEqual([{ product_id: "prod_1", quantity: 2 }])
      })
    })

    describe("listing read model", () => {
      const HOUR = 60 * 60 * 1000
      const t0 = new Date("2026-06-01T10:00:00Z")
      const at = (hours: number) => new Date(t0.getTime() + hours * HOUR)
      const product = (product_id: string, title: string): ProductListingInput => ({
        product_id,
        product_status: "published",
        handle: product_id,
        title,
        description: null,
        thumbnail: null,
        category_ids: ["pcat_1"],
        category_names: ["Bien-être"],
        sales_channel_ids: ["sc_1"],
        prices: [{ region_id: "reg_fr", currency_code: "eur", variant_id: `variant_${product_id}`, amount: 10, original_amount: 20 }],
      })
      const listed = async (now: Date) =>
        (await service.listStoreDealCards({ now, sort: "ending_soon", limit: 50, offset: 0, sales_channel_ids: ["sc_1"] })).cards.map(
          (card) => card.product_id
        )

      it("shows a deal only inside its offer window, on the clock it is given", async () => {
        await service.createDeals([
          { product_id: "prod_live", starts_at: at(-1), ends_at: at(2) },
          { product_id: "prod_later", starts_at: at(1), ends_at: at(3) },
          { product_id: "prod_over", starts_at: at(-3), ends_at: at(-1) },
        ])
        await service.saveProductListings(
          [product("prod_live", "Massage"), product("prod_later", "Hammam"), product("prod_over", "Brunch")],
          []
        )
        expect(await listed(t0)).toEqual(["prod_live"])
        expect(await listed(at(1))).toEqual(["prod_live", "prod_later"])
        expect(await listed(at(2))).toEqual(["prod_later"])
        expect(await listed(at(3))).toEqual([])
        // A cached total is valid until the next start or end after the clock.
        const summary = await service.summarizeStoreDeals({ now: t0, sort: "popularity", limit: 12, offset: 0 }, false)
        expect(summary).toMatchObject({ count: 1, next_boundary: at(1) })
      })

      it("analyses the listing tables once they changed by more than 10 %", async () => {
        await service.createDeals(Array.from({ length: 120 }, (_, index) => ({ product_id: `prod_${index}` })))
        await service.saveProductListings(
          Array.from({ length: 120 }, (_, index) => product(`prod_${index}`, `Offre ${index}`)),
          []
        )
        // PostgreSQL publishes its change counters within about a second.
        let analysed: string[] = []
        for (let attempt = 0; attempt < 40 && !analysed.includes("deal_listing"); attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 250))
          analysed = analysed.concat(await service.refreshListingStatistics())
        }
        expect(analysed).toEqual(expect.arrayContaining(["deal_listing", "deal_listing_price"]))
        expect(await service.refreshListingStatistics()).toEqual([])
      })

      it("keeps the price-window watermark from moving back", async () => {
        expect(await service.priceWindowsCheckedAt()).toBeNull()
        await service.markPriceWindowsChecked(at(2))
        await service.markPriceWindowsChecked(at(1))
        expect(await service.priceWindowsCheckedAt()).toEqual(at(2))
      })
    })
  },
})
