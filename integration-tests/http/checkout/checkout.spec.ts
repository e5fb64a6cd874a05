import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCheckoutStore, prepareCart } from "../../helpers/checkout"
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
  },
})
