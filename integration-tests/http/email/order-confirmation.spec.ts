import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { retryFailedEmails } from "../../../src/lib/email/retry-failed-emails"
import { MAILBOX_PASS, MAILBOX_USER, startMailbox } from "../../../src/providers/smtp/__tests__/mailbox"
import type { AdminEmailListResponse, AdminEmailResponse } from "../../../src/types/http/email"
import { createAdminHeaders } from "../../helpers/admin"
import { eventually } from "../../helpers/eventually"
import { createPricedProduct, createStoreContext, createStoreOrder } from "../../helpers/store"

jest.setTimeout(120_000)

let mailbox: Awaited<ReturnType<typeof startMailbox>>

// A file-level hook runs before the runner's own: the backend boots with this SMTP server.
beforeAll(async () => {
  mailbox = await startMailbox()
  Object.assign(process.env, {
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(mailbox.port),
    SMTP_SECURE: "false",
    SMTP_USER: MAILBOX_USER,
    SMTP_PASS: MAILBOX_PASS,
    SMTP_FROM: "Comptoir <boutique@comptoir.test>",
  })
})

afterAll(async () => {
  await mailbox?.stop()
  for (const name of ["SMTP_HOST", "SMTP_PORT", "SMTP_SECURE", "SMTP_USER", "SMTP_PASS", "SMTP_FROM"]) delete process.env[name]
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof createStoreContext>>
    let spa: Awaited<ReturnType<typeof createPricedProduct>>

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      spa = await createPricedProduct(getContainer(), { title: "Hammam & massage", handle: "spa", price: 49.9 })
      mailbox.received.splice(0)
    })

    /** An order placed the way a checkout places it: `order.placed` follows. */
    async function placeOrder(email: string) {
      const order = await createStoreOrder(getContainer(), store, { variant_id: spa.variant.id, email, quantity: 2 })
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
      return order
    }

    const notificationsOf = (orderId: string) =>
      getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: orderId, channel: "email" })

    it("e-mails the order confirmation, in French, with the order's number, lines and total", async () => {
      const order = await placeOrder("amina@comptoir.test")
      await eventually(async () => mailbox.received.length, 1, 100)
      const { mail, envelope } = mailbox.takeOne()
      expect(envelope.to).toEqual(["amina@comptoir.test"])
      expect(mail.from?.text).toContain("boutique@comptoir.test")
      expect(mail.subject).toContain(String(order.display_id))
      expect(mail.subject).toMatch(/commande/i)
      expect(mail.text).toContain("Hammam & massage")
      expect(mail.text).toMatch(/99,80\s€/)
      expect(mail.html).toContain(`#${order.display_id}`)

      // The module records the outcome just after the SMTP server took the message.
      await eventually(async () => (await notificationsOf(order.id))[0]?.status, "success", 100)
      const [notification] = await notificationsOf(order.id)
      expect(notification).toMatchObject({ template: "order-placed", to: "amina@comptoir.test" })
    })

    it("keeps the order when the SMTP server is down, and sends the e-mail once it is back", async () => {
      await mailbox.stop()
      const order = await placeOrder("lucas@comptoir.test")
      // The order stands; its e-mail is recorded as failed, not lost.
      await eventually(async () => (await notificationsOf(order.id))[0]?.status, "failure", 100)
      const orders = await getContainer().resolve(Modules.ORDER).listOrders({ id: order.id })
      expect(orders).toHaveLength(1)

      mailbox = await startMailbox({ port: mailbox.port })
      // Not yet due (a minute's wait after a failure), then due: the clock is the test's.
      expect(await retryFailedEmails(getContainer(), new Date())).toMatchObject({ due: 0 })
      const later = new Date(Date.now() + 2 * 60_000)
      expect(await retryFailedEmails(getContainer(), later)).toEqual({ due: 1, sent: 1, failed: 0 })
      const { mail } = mailbox.takeOne()
      expect(mail.subject).toContain(String(order.display_id))
      const notifications = await notificationsOf(order.id)
      expect(notifications).toHaveLength(1)
      expect(notifications[0].status).toBe("success")
      // Sent once: nothing is due any more.
      expect(await retryFailedEmails(getContainer(), new Date(later.getTime() + 60 * 60_000))).toMatchObject({ due: 0 })
    })
  
    it("lists the e-mails for the merchant, and sends a failed one again on request", async () => {
      const admin = await createAdminHeaders(api, getContainer())
      await mailbox.stop()
      const order = await placeOrder("yasmine@comptoir.test")
      await eventually(async () => (await notificationsOf(order.id))[0]?.status, "failure", 100)

      const { data: failed } = await api.get<AdminEmailListResponse>("/admin/emails?status=failure", admin)
      expect(failed.count).toBe(1)
      expect(failed.emails[0]).toMatchObject({ to: "yasmine@comptoir.test", template: "order-placed", resource_type: "order", resource_id: order.id })
      expect(new Date(failed.emails[0].next_retry_at!).getTime()).toBeGreaterThan(Date.now())

      // Still down: the merchant's retry says why, and nothing is lost.
      const refused = await api.post(`/admin/emails/${failed.emails[0].id}/retry`, {}, admin).catch((error) => error.response)
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.data.message).toMatch(/could not be sent again/)

      mailbox = await startMailbox({ port: mailbox.port })
      const { data } = await api.post<AdminEmailResponse>(`/admin/emails/${failed.emails[0].id}/retry`, {}, admin)
      expect(data.email).toMatchObject({ status: "success", next_retry_at: null })
      expect(mailbox.takeOne().mail.subject).toContain(String(order.display_id))

      // Sent: a second retry is refused with a message; unknown ids are a 404; filters are checked.
      const again = await api.post(`/admin/emails/${data.email.id}/retry`, {}, admin).catch((error) => error.response)
      expect(again.status).toBe(422)
      expect(again.data.message).toMatch(/only failed e-mails/)
      const unknown = await api.post("/admin/emails/noti_unknown/retry", {}, admin).catch((error) => error.response)
      expect(unknown.status).toBe(404)
      const bad = await api.get("/admin/emails?status=lost", admin).catch((error) => error.response)
      expect(bad.status).toBe(400)
      const anonymous = await api.get("/admin/emails").catch((error) => error.response)
      expect(anonymous.status).toBe(401)
    })
  },
})
