import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Stripe from "stripe"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminHeaders } from "../../helpers/admin"
import { createCheckoutStore, prepareCart } from "../../helpers/checkout"
import { eventually } from "../../helpers/eventually"
import { startStripeApi } from "../../helpers/stripe-api"
import { createPricedProduct } from "../../helpers/store"

jest.setTimeout(120_000)

// Medusa boots with Stripe configured against a local server that speaks Stripe's API
// (set before the runner's own hooks, like the test mailbox).
const stripe: { api?: Awaited<ReturnType<typeof startStripeApi>> } = {}
beforeAll(async () => {
  stripe.api = await startStripeApi()
  Object.assign(process.env, { STRIPE_API_KEY: "sk_test_comptoir", STRIPE_API_BASE: stripe.api.url, STRIPE_WEBHOOK_SECRET: "whsec_test" })
})
afterAll(async () => {
  await stripe.api?.stop()
  for (const name of ["STRIPE_API_KEY", "STRIPE_API_BASE", "STRIPE_WEBHOOK_SECRET"]) delete process.env[name]
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("pays by card through Stripe: authorised at checkout, captured from the admin, refunded", async () => {
      const store = await createCheckoutStore(getContainer(), { paymentProviders: ["pp_system_default", "pp_stripe_stripe"] })
      const admin = await createAdminHeaders(api, getContainer())
      const spa = await createPricedProduct(getContainer(), { title: "Spa", handle: "spa", price: 35, salesChannelId: store.salesChannel.id })

      // The region offers both; the storefront lists what Medusa lists.
      const { data: providers } = await api.get(`/store/payment-providers?region_id=${store.region.id}`, store.storeHeaders)
      expect(providers.payment_providers.map((provider: { id: string }) => provider.id).sort()).toEqual(["pp_stripe_stripe", "pp_system_default"])

      const cartId = await prepareCart(api, store.storeHeaders, {
        region_id: store.region.id,
        variant_id: spa.variant.id,
        email: "carte@comptoir.test",
        provider_id: "pp_stripe_stripe",
      })
      // A payment intent for the cart's total in cents (35 € + 20 % VAT), to be confirmed by the Payment Element.
      const intent = [...stripe.api!.intents.values()].at(-1)!
      expect(intent).toMatchObject({ amount: 4200, currency: "eur", capture_method: "manual" })
      const { data: { cart } } = await api.get(`/store/carts/${cartId}?fields=*payment_collection.payment_sessions`, store.storeHeaders)
      expect(cart.payment_collection.payment_sessions[0].data.client_secret).toBe(intent.client_secret)

      // Not confirmed yet: no order.
      const early = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders).then((r) => r.data, (error) => error.response.data)
      expect(early.type).not.toBe("order")

      stripe.api!.confirm(intent.id)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      expect(completed.type).toBe("order")

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const payment = async () =>
        (await query.graph({ entity: "order", fields: ["payment_collections.payments.*"], filters: { id: completed.order.id } })).data[0].payment_collections[0].payments[0]
      const { id: paymentId } = await payment()
      await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
      expect(intent.status).toBe("succeeded")
      expect((await payment()).captured_at).not.toBeNull()

      await api.post(`/admin/payments/${paymentId}/refund`, { amount: 12 }, admin)
      await eventually(async () => stripe.api!.refunds.length, 1)
      expect(stripe.api!.refunds[0]).toMatchObject({ payment_intent: intent.id, amount: 1200 })
      expect(stripe.api!.requests.every((request) => request.authorization === "Bearer sk_test_comptoir")).toBe(true)
    })

    it("places the order from Stripe's signed webhook when the shopper's browser never came back; an unsigned one does nothing", async () => {
      const store = await createCheckoutStore(getContainer(), { paymentProviders: ["pp_stripe_stripe"] })
      const spa = await createPricedProduct(getContainer(), { title: "Spa", handle: "spa", price: 35, salesChannelId: store.salesChannel.id })
      const cartId = await prepareCart(api, store.storeHeaders, {
        region_id: store.region.id,
        variant_id: spa.variant.id,
        email: "webhook@comptoir.test",
        provider_id: "pp_stripe_stripe",
      })
      // The intent this cart just made (the server keeps those of earlier tests too).
      const intent = [...stripe.api!.intents.values()].at(-1)!
      stripe.api!.confirm(intent.id)
      const payload = JSON.stringify({
        id: "evt_test_1",
        object: "event",
        type: "payment_intent.amount_capturable_updated",
        data: { object: { ...intent } },
      })
      const post = (signature: string) =>
        api.post("/hooks/payment/stripe_stripe", payload, { headers: { "content-type": "application/json", "stripe-signature": signature } })
      const orderOf = async () =>
        (await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id"], filters: { email: "webhook@comptoir.test" } })).data.length

      await post("t=1,v1=forged").catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await orderOf()).toBe(0)

      await post(Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_test" }))
      expect(await eventually(orderOf, 1)).toBe(1)
      const completed = async () => !!(await api.get(`/store/carts/${cartId}?fields=completed_at`, store.storeHeaders)).data.cart.completed_at
      expect(await eventually(completed, true)).toBe(true)
    })
  },
})
