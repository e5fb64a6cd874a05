import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { checkout, createCheckoutStore, prepareCart } from "../../helpers/checkout"
import { createCustomer } from "../../helpers/customer"
import { createAdminHeaders } from "../../helpers/admin"
import { createPricedProduct } from "../../helpers/store"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("completes a cart once when the same completion arrives three times at once (double clicks, retries)", async () => {
      const store = await createCheckoutStore(getContainer())
      const spa = await createPricedProduct(getContainer(), { title: "Spa", handle: "spa", price: 80, salesChannelId: store.salesChannel.id })
      const cartId = await prepareCart(api, store.storeHeaders, { region_id: store.region.id, variant_id: spa.variant.id, email: "double-clic@comptoir.test" })

      const answers = await Promise.all(
        [0, 1, 2].map(() => api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders).then((r) => r.data, (error) => error.response?.data))
      )
      // Every answer that names an order names the same one (Medusa locks the cart and
      // returns the order already placed to a late request).
      const orderIds = new Set(answers.filter((answer) => answer?.type === "order").map((answer) => answer.order.id))
      expect(orderIds.size).toBe(1)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { email: "double-clic@comptoir.test" } })
      expect(orders.map((order) => order.id)).toEqual([...orderIds])
    })

    it("refuses at completion an offer that ended while the cart waited, and keeps the cart", async () => {
      const store = await createCheckoutStore(getContainer())
      const admin = await createAdminHeaders(api, getContainer())
      const spa = await createPricedProduct(getContainer(), { title: "Spa", handle: "spa", price: 80, salesChannelId: store.salesChannel.id })
      const endsAt = Date.now() + 3_600_000
      await api.post("/admin/deals", { product_id: spa.product.id, ends_at: new Date(endsAt).toISOString(), max_quantity: 2 }, admin)
      const cartId = await prepareCart(api, store.storeHeaders, { region_id: store.region.id, variant_id: spa.variant.id, email: "attente@comptoir.test" })

      const clock = jest.spyOn(Date, "now").mockReturnValue(endsAt + 60_000)
      let refusal: { status: number; data: { message: string } }
      try {
        refusal = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders).then(
          (r) => ({ status: 200, data: r.data }),
          (error) => error.response
        )
      } finally {
        clock.mockRestore()
      }
      expect(refusal.status).toBe(400)
      expect(refusal.data.message).toMatch(/^The offer "Spa" has ended/)
      // Nothing was ordered; before the end, the same cart goes through.
      const { data } = await api.get(`/store/carts/${cartId}`, store.storeHeaders)
      expect(data.cart.completed_at).toBeNull()
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      expect(completed.type).toBe("order")
    })

    it("holds the deal's per-order limit at completion when the merchant lowered it after the cart was filled", async () => {
      const store = await createCheckoutStore(getContainer())
      const admin = await createAdminHeaders(api, getContainer())
      const spa = await createPricedProduct(getContainer(), { title: "Spa", handle: "spa", price: 80, salesChannelId: store.salesChannel.id })
      const { data: { deal } } = await api.post("/admin/deals", { product_id: spa.product.id, max_quantity: 3 }, admin)
      const cartId = await prepareCart(api, store.storeHeaders, { region_id: store.region.id, variant_id: spa.variant.id, quantity: 3, email: "limite@comptoir.test" })
      await api.post(`/admin/deals/${deal.id}`, { max_quantity: 2 }, admin)
      const refusal = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders).catch((error) => error.response)
      expect(refusal.status).toBe(400)
      expect(refusal.data.message).toMatch(/limited to 2 per order/)
    })

    it("shows the customer the tracking numbers of the parcels shipped, and nobody else", async () => {
      const store = await createCheckoutStore(getContainer())
      const spa = await createPricedProduct(getContainer(), { title: "Coffret", handle: "coffret", price: 29, salesChannelId: store.salesChannel.id })
      const owner = await createCustomer(api, store.storeHeaders, { email: "suivi@comptoir.test" }, getContainer())
      const other = await createCustomer(api, store.storeHeaders, { email: "curieux@comptoir.test" }, getContainer())
      const order = await checkout(api, owner.headers, { region_id: store.region.id, variant_id: spa.variant.id, email: "suivi@comptoir.test" })
      const tracking = (headers: typeof owner.headers) => api.get(`/store/orders/${order.id}/tracking`, headers)
      expect((await tracking(owner.headers)).data).toEqual({ parcels: [] })

      // A parcel shipped with a tracking label, as the merchant's fulfillment leaves it; one not shipped yet.
      const fulfillments = getContainer().resolve(Modules.FULFILLMENT)
      const address = { first_name: "A", last_name: "B", address_1: "1 rue", city: "Lyon", postal_code: "69002", country_code: "fr" }
      const shipped = await fulfillments.createFulfillment({
        location_id: "sloc_test",
        provider_id: "manual_manual",
        delivery_address: address,
        items: [],
        labels: [{ tracking_number: "6A12345678901", tracking_url: "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901", label_url: "" }],
        shipped_at: new Date(),
        data: {},
      } as never)
      const pending = await fulfillments.createFulfillment({ location_id: "sloc_test", provider_id: "manual_manual", delivery_address: address, items: [], labels: [], data: {} } as never)
      await getContainer().resolve(ContainerRegistrationKeys.LINK).create([shipped, pending].map((fulfillment) => ({
        [Modules.ORDER]: { order_id: order.id },
        [Modules.FULFILLMENT]: { fulfillment_id: fulfillment.id },
      })))

      const { data } = await tracking(owner.headers)
      expect(data.parcels).toEqual([
        { id: shipped.id, shipped_at: expect.any(String), delivered_at: null, tracking: [{ number: "6A12345678901", url: "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901" }] },
      ])
      expect((await tracking(other.headers).catch((error) => error.response)).status).toBe(404)
      expect((await api.get(`/store/orders/${order.id}/tracking`, store.storeHeaders).catch((error) => error.response)).status).toBe(401)
    })
  },
})
