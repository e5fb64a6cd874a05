import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createProductsWorkflow, createPromotionsWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { minimumRules } from "../../../src/lib/promotion/minimums"
import type { StorePromoCodeResponse } from "../../../src/types/http/promotion"
import { createStoreContext } from "../../helpers/store"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof createStoreContext>>
    let maroc: { id: string }
    let variantId: string

    beforeAll(async () => {
      const container = getContainer()
      store = await createStoreContext(container)
      ;[maroc] = (await createRegionsWorkflow(container).run({ input: { regions: [{ name: "Maroc", currency_code: "mad", countries: ["ma"] }] } })).result
      const { result: [product] } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Thé à la menthe",
              status: "published",
              options: [{ title: "Format", values: ["Boîte"] }],
              variants: [
                {
                  title: "Boîte",
                  options: { Format: "Boîte" },
                  manage_inventory: false,
                  prices: [
                    { amount: 15, currency_code: "eur" },
                    { amount: 150, currency_code: "mad" },
                  ],
                },
              ],
              sales_channels: [{ id: store.salesChannel.id }],
            },
          ],
        },
      })
      variantId = product.variants[0].id
      const promotion = (code: string, minimums: Record<string, number>, extra: Record<string, unknown> = {}) => ({
        code,
        type: "standard" as const,
        status: "active" as const,
        is_tax_inclusive: true,
        application_method: { type: "percentage" as const, target_type: "order" as const, allocation: "across" as const, value: 10 },
        ...minimumRules(code, minimums),
        ...extra,
      })
      await createPromotionsWorkflow(container).run({
        input: {
          promotionsData: [
            promotion("BIENVENUE10", { eur: 20, mad: 220 }),
            promotion("EUROSEUL", { eur: 10 }),
            promotion("EPUISE", { eur: 1 }, { limit: 1 }),
          ],
        },
      })
      // A used-up code: its one use is taken.
      const promotions = container.resolve("promotion")
      const [used] = await promotions.listPromotions({ code: "EPUISE" })
      await promotions.updatePromotions({ id: used.id, used: 1 } as never)
    })

    async function cartWith(regionId: string, quantity: number) {
      const { data } = await api.post("/store/carts", { region_id: regionId }, store.storeHeaders)
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity }, store.storeHeaders)
      return data.cart.id as string
    }
    const apply = async (cartId: string, code: string) => {
      const response = await api.post(`/store/carts/${cartId}/promotions?fields=*promotions,+discount_total`, { promo_codes: [code] }, store.storeHeaders).catch((error) => error.response)
      return response
    }
    const verdict = async (cartId: string, code: string) =>
      ((await api.get(`/store/promo-codes/${code}?cart_id=${cartId}`, store.storeHeaders)).data as StorePromoCodeResponse).promo_code

    it("applies BIENVENUE10 from 20 € in a EUR cart, and says how much is missing below it", async () => {
      const small = await cartWith(store.region.id, 1)
      const refused = await apply(small, "BIENVENUE10")
      expect(refused.status).toBe(200)
      expect(refused.data.cart.promotions).toEqual([])
      expect(await verdict(small, "BIENVENUE10")).toEqual({
        code: "BIENVENUE10",
        applicable: false,
        reason: "minimum",
        minimum: { amount: 20, currency_code: "eur" },
      })

      const enough = await cartWith(store.region.id, 2)
      const applied = await apply(enough, "BIENVENUE10")
      expect(applied.data.cart.promotions.map((promotion: { code: string }) => promotion.code)).toEqual(["BIENVENUE10"])
      expect(applied.data.cart.discount_total).toBe(3)
      expect(await verdict(enough, "BIENVENUE10")).toEqual({ code: "BIENVENUE10", applicable: true, reason: null })
    })

    it("holds the minimum in dirhams for a MAD cart, and refuses a code not offered in dirhams", async () => {
      const small = await cartWith(maroc.id, 1)
      await apply(small, "BIENVENUE10")
      expect(await verdict(small, "BIENVENUE10")).toMatchObject({ reason: "minimum", minimum: { amount: 220, currency_code: "mad" } })

      const enough = await cartWith(maroc.id, 2)
      const applied = await apply(enough, "BIENVENUE10")
      expect(applied.data.cart.promotions.map((promotion: { code: string }) => promotion.code)).toEqual(["BIENVENUE10"])
      expect(applied.data.cart.discount_total).toBe(30)

      await apply(enough, "EUROSEUL")
      expect(await verdict(enough, "EUROSEUL")).toMatchObject({ applicable: false, reason: "currency", currency_code: "mad" })
    })

    it("names an unknown code and a used-up one", async () => {
      const cartId = await cartWith(store.region.id, 2)
      const unknown = await apply(cartId, "NOPE")
      expect(unknown.status).toBe(400)
      expect(await verdict(cartId, "NOPE")).toEqual({ code: "NOPE", applicable: false, reason: "unknown" })
      await apply(cartId, "EPUISE")
      expect(await verdict(cartId, "EPUISE")).toMatchObject({ applicable: false, reason: "exhausted" })
    })

    it("takes the discount back when the cart falls below the minimum", async () => {
      const cartId = await cartWith(store.region.id, 2)
      await apply(cartId, "BIENVENUE10")
      const { data } = await api.get(`/store/carts/${cartId}?fields=*items`, store.storeHeaders)
      await api.post(`/store/carts/${cartId}/line-items/${data.cart.items[0].id}`, { quantity: 1 }, store.storeHeaders)
      const after = await api.get(`/store/carts/${cartId}?fields=*promotions,+discount_total`, store.storeHeaders)
      expect(after.data.cart.discount_total).toBe(0)
    })

    it("answers a bad cart id with a 400 or 404, and limits callers to 30 verdicts a minute", async () => {
      const bad = await api.get("/store/promo-codes/BIENVENUE10?cart_id=%00", store.storeHeaders).catch((error) => error.response)
      expect(bad.status).toBe(400)
      const missing = await api.get("/store/promo-codes/BIENVENUE10?cart_id=cart_missing", store.storeHeaders).catch((error) => error.response)
      expect(missing.status).toBe(404)
      const statuses = await Promise.all(
        Array.from({ length: 40 }, () =>
          api.get("/store/promo-codes/BIENVENUE10?cart_id=cart_missing", store.storeHeaders).then((response) => response.status, (error) => error.response.status)
        )
      )
      // 30 a minute per IP, the call above and earlier tests' included: at most 29 of these pass.
      expect(statuses.filter((status) => status === 404).length).toBeLessThanOrEqual(29)
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(11)
      expect(statuses.every((status) => status === 404 || status === 429)).toBe(true)
    })
  },
})
