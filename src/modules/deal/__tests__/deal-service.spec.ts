import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { DEAL_MODULE } from ".."
import { Deal } from "../models/deal"
import { DealListing } from "../models/deal-listing"
import { DealListingPrice } from "../models/deal-listing-price"
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
  },
})
