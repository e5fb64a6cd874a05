import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreReviewListResponse } from "../../../src/types/http/review"
import { createAdminHeaders } from "../../helpers/admin"
import { createCustomer } from "../../helpers/customer"
import { eventually } from "../../helpers/eventually"
import { createPricedProduct, createStoreContext, createStoreOrder } from "../../helpers/store"

jest.setTimeout(180_000)

type Config = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Config
    let store: Awaited<ReturnType<typeof createStoreContext>>
    let spa: Awaited<ReturnType<typeof createPricedProduct>>

    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => {
          throw new Error("expected the request to fail")
        },
        (error: { response: { status: number; data: { message: string } } }) => error.response
      )
    const placeOrder = (customerId: string, variantId: string) =>
      createStoreOrder(getContainer(), store, { variant_id: variantId, customer_id: customerId, email: `${customerId}@comptoir.test` })
    /** A customer who bought the spa deal. */
    const buyer = async (email: string, first_name = "Amina", last_name = "Benali") => {
      const customer = await createCustomer(api, store.storeHeaders, { email, first_name, last_name }, getContainer())
      await placeOrder(customer.id, spa.variant.id)
      return customer
    }
    const review = (rating: number, extra: Record<string, unknown> = {}) => ({
      product_id: spa.product.id,
      rating,
      title: `Note ${rating}`,
      body: "Accueil chaleureux, hammam propre.",
      ...extra,
    })
    const publicReviews = async (query = "") =>
      (await api.get(`/store/reviews?product_id=${spa.product.id}${query}`, store.storeHeaders)).data as StoreReviewListResponse

    beforeEach(async () => {
      const container = getContainer()
      admin = await createAdminHeaders(api, container)
      store = await createStoreContext(container)
      spa = await createPricedProduct(container, { title: "Spa", handle: "spa", price: 100, salesChannelId: store.salesChannel.id })
    })

    describe("who may review", () => {
      it("refuses a shopper who did not buy, or whose order was canceled, with a message", async () => {
        const stranger = await createCustomer(api, store.storeHeaders, { email: "stranger@comptoir.test" }, getContainer())
        const refused = await failure(api.post("/store/reviews", review(5), stranger.headers))
        expect(refused.status).toBe(403)
        expect(refused.data.message).toMatch(/bought this product/)
        expect((await api.get(`/store/reviews/eligibility?product_id=${spa.product.id}`, stranger.headers)).data.eligibility).toEqual({
          can_review: false,
          reason: "not_purchased",
        })

        const regretful = await createCustomer(api, store.storeHeaders, { email: "regret@comptoir.test" }, getContainer())
        const order = await placeOrder(regretful.id, spa.variant.id)
        await cancelOrderWorkflow(getContainer()).run({ input: { order_id: order.id } })
        expect((await failure(api.post("/store/reviews", review(1), regretful.headers))).status).toBe(403)
        expect((await failure(api.post("/store/reviews", review(5), store.storeHeaders))).status).toBe(401)
      })

      it("accepts one review per buyer, even when the same review is sent five times at once", async () => {
        const amina = await buyer("amina@comptoir.test")
        expect((await api.get(`/store/reviews/eligibility?product_id=${spa.product.id}`, amina.headers)).data.eligibility.can_review).toBe(true)
        const results = await Promise.allSettled(Array.from({ length: 5 }, () => api.post("/store/reviews", review(5), amina.headers)))
        const created = results.filter((result) => result.status === "fulfilled") as PromiseFulfilledResult<{ status: number; data: any }>[]
        const statuses = results.map((result) => (result.status === "fulfilled" ? result.value.status : (result.reason as any).response.status))
        expect(created).toHaveLength(1)
        expect(statuses.sort()).toEqual([201, 422, 422, 422, 422])
        expect(created[0].value.data.review).toMatchObject({ status: "pending", rating: 5, display_name: "Amina B.", verified_purchase: true })
        const again = await failure(api.post("/store/reviews", review(4), amina.headers))
        expect(again.data.message).toMatch(/already reviewed/)
        expect((await api.get(`/store/reviews/eligibility?product_id=${spa.product.id}`, amina.headers)).data.eligibility.reason).toBe("already_reviewed")
      })

      it("answers 400 with a message for a bad rating, an empty or too long text, an unknown field or a malformed id", async () => {
        const amina = await buyer("amina@comptoir.test")
        for (const body of [
          review(6),
          review(3.5),
          review(4, { title: "" }),
          review(4, { body: "x".repeat(4001) }),
          review(4, { html: true }),
          { ...review(4), product_id: "prod_1'; drop" },
        ]) {
          const response = await failure(api.post("/store/reviews", body, amina.headers))
          expect({ body, status: response.status }).toEqual({ body, status: 400 })
          expect(response.data.message).toEqual(expect.any(String))
        }
        expect((await failure(api.get("/store/reviews?product_id=%00", store.storeHeaders))).status).toBe(400)
        expect((await failure(api.get(`/store/reviews?product_id=${spa.product.id}&sort=best`, store.storeHeaders))).status).toBe(400)
      })
    })

    describe("moderation", () => {
      it("shows approved reviews only, with their average, distribution, sort and the merchant's reply", async () => {
        const container = getContainer()
        const seen: string[] = []
        const eventBus = container.resolve(Modules.EVENT_BUS)
        for (const name of ["review.created", "review.approved", "review.rejected"]) {
          eventBus.subscribe(name, async ({ name: event }: { name: string }) => void seen.push(event), { subscriberId: `test-${name}` })
        }
        const ratings = [5, 4, 2, 1]
        const ids: string[] = []
        for (const [index, rating] of ratings.entries()) {
          const customer = await buyer(`buyer${index}@comptoir.test`, `Client${index}`, "Martin")
          ids.push((await api.post("/store/reviews", review(rating, { body: `<script>alert(${index})</script>` }), customer.headers)).data.review.id)
        }
        expect((await publicReviews()).count).toBe(0)

        const queue = (await api.get("/admin/reviews?status=pending", admin)).data
        expect(queue.count).toBe(4)
        expect(queue.reviews[0]).toMatchObject({ product: { title: "Spa" }, customer: { email: expect.stringMatching(/buyer/) } })
        await api.post("/admin/reviews/moderate", { ids: ids.slice(0, 3), status: "approved" }, admin)
        await api.post("/admin/reviews/moderate", { ids: [ids[3]], status: "rejected", reason: "Hors sujet" }, admin)
        await api.post(`/admin/reviews/${ids[2]}`, { reply: "Merci, nous avons revu l'accueil." }, admin)

        const listed = await publicReviews("&sort=highest")
        expect(listed.count).toBe(3)
        expect(listed.reviews.map((entry) => entry.rating)).toEqual([5, 4, 2])
        expect((await publicReviews("&sort=lowest")).reviews.map((entry) => entry.rating)).toEqual([2, 4, 5])
        // (5 + 4 + 2) / 3 = 3.67: one decimal.
        expect(listed.summary).toEqual({ average: 3.7, count: 3, distribution: [0, 1, 0, 1, 1] })
        // Stored and returned as typed: the storefront renders it as text.
        expect(listed.reviews[0].body).toBe("<script>alert(0)</script>")
        expect(listed.reviews.find((entry) => entry.rating === 2)?.reply).toBe("Merci, nous avons revu l'accueil.")
        expect(listed.reviews[0]).not.toHaveProperty("customer_id")

        const rejected = (await api.get(`/admin/reviews/${ids[3]}`, admin)).data.review
        expect(rejected).toMatchObject({ status: "rejected", rejection_reason: "Hors sujet" })
        const widget = (await api.get(`/admin/reviews?product_id=${spa.product.id}`, admin)).data
        expect(widget.summary).toEqual(listed.summary)
        expect(
          await eventually(async () => [...seen].sort().join(","), "review.approved,review.approved,review.approved,review.created,review.created,review.created,review.created,review.rejected")
        ).toBeTruthy()
      })

      it("is for admins only, and a bulk with an unknown id changes nothing", async () => {
        expect((await failure(api.get("/admin/reviews"))).status).toBe(401)
        const amina = await buyer("amina@comptoir.test")
        const { data } = await api.post("/store/reviews", review(5), amina.headers)
        const response = await failure(api.post("/admin/reviews/moderate", { ids: [data.review.id, "rev_missing"], status: "approved" }, admin))
        expect(response.status).toBe(404)
        expect((await api.get(`/admin/reviews/${data.review.id}`, admin)).data.review.status).toBe("pending")
        expect((await failure(api.get("/admin/reviews?status=maybe", admin))).status).toBe(400)
        expect((await failure(api.get("/admin/reviews/rev_missing", admin))).status).toBe(404)
      })
    })
  },
})
