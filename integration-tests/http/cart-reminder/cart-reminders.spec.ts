import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { remindAbandonedCarts } from "../../../src/lib/cart-reminder/remind-abandoned-carts"
import type { AdminCartReminderStatsResponse } from "../../../src/types/http/cart-reminder"
import { createAdminHeaders } from "../../helpers/admin"
import { createCheckoutStore } from "../../helpers/checkout"
import { eventually } from "../../helpers/eventually"
import { useTestMailbox } from "../../helpers/mailbox"
import { createPricedProduct } from "../../helpers/store"

jest.setTimeout(120_000)

const smtp = useTestMailbox()
const HOUR = 3_600_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof createCheckoutStore>>
    let variantId: string

    beforeEach(async () => {
      store = await createCheckoutStore(getContainer())
      const spa = await createPricedProduct(getContainer(), { title: "Hammam & massage", handle: "spa", price: 35, salesChannelId: store.salesChannel.id })
      variantId = spa.variant.id
      smtp.current().received.splice(0)
    })

    /** A shopper's cart left with an e-mail and a line; `lines: 0` leaves it empty. */
    async function abandonCart(email: string | undefined, lines = 1) {
      const { data: { cart } } = await api.post("/store/carts", { region_id: store.region.id, ...(email && { email }) }, store.storeHeaders)
      if (lines) await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: lines }, store.storeHeaders)
      return cart.id as string
    }

    /** The job, on a clock `hours` ahead of now. */
    const runAt = (hours: number) => remindAbandonedCarts(getContainer(), new Date(Date.now() + hours * HOUR))

    const mailsTo = (email: string) => smtp.current().received.filter(({ envelope }) => envelope.to.includes(email))

    /** The links of the newest reminder to `email`. */
    async function reminderLinks(email: string) {
      await eventually(async () => mailsTo(email).length > 0, true)
      const html = String(mailsTo(email).at(-1)!.mail.html).replace(/&amp;/g, "&")
      const links = [...html.matchAll(/href="(http[^"]+)"/g)].map((match) => match[1])
      const href = (part: string) => new URL(links.find((url) => url.includes(part))!)
      return { restore: href("/api/cart/restore"), optOut: href("/reminders/opt-out") }
    }

    it("reminds an idle cart at 4 hours and once more at 24 hours, never a third time", async () => {
      const cartId = await abandonCart("lina@comptoir.test")
      expect(await runAt(3.9)).toEqual({ first: 0, second: 0 })
      expect(await runAt(4.1)).toEqual({ first: 1, second: 0 })
      await eventually(async () => mailsTo("lina@comptoir.test").length, 1)
      const [{ mail }] = mailsTo("lina@comptoir.test")
      expect(mail.subject).toBe("Votre panier vous attend")
      expect(mail.text).toContain("Hammam & massage")
      const { restore, optOut } = await reminderLinks("lina@comptoir.test")
      expect(restore.searchParams.get("cart_id")).toBe(cartId)
      expect(optOut.pathname).toBe("/fr/reminders/opt-out")

      expect(await runAt(4.2)).toEqual({ first: 0, second: 0 })
      expect(await runAt(20)).toEqual({ first: 0, second: 0 })
      expect(await runAt(24.1)).toEqual({ first: 0, second: 1 })
      await eventually(async () => mailsTo("lina@comptoir.test").length, 2)
      expect(mailsTo("lina@comptoir.test")[1].mail.subject).toBe("Dernier rappel : votre panier vous attend")
      expect(await runAt(72)).toEqual({ first: 0, second: 0 })
    })

    it("sends one reminder when two job runs go at once", async () => {
      await abandonCart("double@comptoir.test")
      const results = await Promise.all([runAt(5), runAt(5), runAt(5)])
      expect(results.reduce((sum, { first }) => sum + first, 0)).toBe(1)
      await eventually(async () => mailsTo("double@comptoir.test").length, 1)
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(mailsTo("double@comptoir.test")).toHaveLength(1)
    })

    it("leaves alone carts without e-mail or lines, ordered carts, and addresses that opted out", async () => {
      await abandonCart(undefined)
      await abandonCart("empty@comptoir.test", 0)
      await abandonCart("optout@comptoir.test")
      expect(await runAt(5)).toEqual({ first: 1, second: 0 })
      const { optOut } = await reminderLinks("optout@comptoir.test")
      const email = optOut.searchParams.get("email")
      const tampered = await api.post("/store/cart-reminders/opt-out", { email, signature: "0".repeat(64) }, store.storeHeaders).catch((error) => error.response)
      expect(tampered.status).toBe(400)
      const { data } = await api.post("/store/cart-reminders/opt-out", { email, signature: optOut.searchParams.get("signature") }, store.storeHeaders)
      expect(data).toEqual({ email: "optout@comptoir.test", opted_out: true })

      // A new cart from the same address (any case) gets no reminder, not even the last one of the old cart.
      await abandonCart("OptOut@Comptoir.test")
      expect(await runAt(30)).toEqual({ first: 0, second: 0 })
    })

    it("brings the cart back from the link until it expires or is ordered; the order counts as recovered", async () => {
      const admin = await createAdminHeaders(api, getContainer())
      const cartId = await abandonCart("retour@comptoir.test")
      await runAt(5)
      const { restore } = await reminderLinks("retour@comptoir.test")
      const link = { cart_id: cartId, expires: Number(restore.searchParams.get("expires")), signature: restore.searchParams.get("signature") }
      const post = (body: object) => api.post("/store/cart-reminders/restore", body, store.storeHeaders).then((r) => ({ status: 200, data: r.data }), (error) => error.response)

      expect(await post(link)).toMatchObject({ status: 200, data: { cart_id: cartId } })
      expect(await post({ ...link, signature: link.signature!.replace(/^./, (c) => (c === "a" ? "b" : "a")) })).toMatchObject({ status: 400 })
      expect(await post({ ...link, expires: link.expires + 1 })).toMatchObject({ status: 400 })
      const clock = jest.spyOn(Date, "now").mockReturnValue(link.expires * 1000 + 1000)
      try {
        expect((await post(link)).data.message).toMatch(/expired/)
      } finally {
        clock.mockRestore()
      }

      const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cartId }, store.storeHeaders)
      await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store.storeHeaders)
      await api.post(`/store/carts/${cartId}`, { billing_address: { first_name: "Lina", last_name: "R", address_1: "1 rue", city: "Paris", postal_code: "75001", country_code: "fr" } }, store.storeHeaders)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
      expect(completed.type).toBe("order")
      expect(await post(link)).toMatchObject({ status: 400 })

      const stats = async () => (await api.get<AdminCartReminderStatsResponse>("/admin/cart-reminders/stats?days=30", admin)).data.stats
      await eventually(async () => (await stats()).recovered, 1)
      expect(await stats()).toEqual({
        days: 30,
        first_sent: 1,
        second_sent: 0,
        restored: 1,
        recovered: 1,
        recovered_totals: [{ currency_code: "eur", total: completed.order.total }],
        opted_out: 0,
      })
      expect((await api.get("/admin/cart-reminders/stats?days=0", admin).catch((error) => error.response)).status).toBe(400)
    })
  },
})
