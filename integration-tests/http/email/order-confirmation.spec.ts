import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { FilterableNotificationProps } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { retryFailedEmails } from "../../../src/lib/email/retry-failed-emails"
import type { AdminEmailListResponse, AdminEmailResponse } from "../../../src/types/http/email"
import { createAdminHeaders } from "../../helpers/admin"
import { eventually } from "../../helpers/eventually"
import { useTestMailbox } from "../../helpers/mailbox"
import { createPricedProduct, createStoreContext, createStoreOrder } from "../../helpers/store"

jest.setTimeout(120_000)

const smtp = useTestMailbox()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof createStoreContext>>
    let spa: Awaited<ReturnType<typeof createPricedProduct>>

    beforeEach(async () => {
      store = await createStoreContext(getContainer())
      spa = await createPricedProduct(getContainer(), { title: "Hammam & massage", handle: "spa", price: 49.9 })
      smtp.current().received.splice(0)
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
      // The confirmation, and the invoice the order was issued.
      await eventually(async () => smtp.current().received.length, 2, 100)
      const { mail, envelope } = smtp.current().takeBySubject(/commande/i)
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
      await smtp.current().stop()
      const order = await placeOrder("lucas@comptoir.test")
      // The order stands; its e-mails (confirmation, invoice) are recorded as failed, not lost.
      await eventually(async () => (await notificationsOf(order.id))[0]?.status, "failure", 100)
      const failures = { channel: "email", status: "failure" } as FilterableNotificationProps
      await eventually(async () => (await getContainer().resolve(Modules.NOTIFICATION).listNotifications(failures)).length, 2, 100)
      const orders = await getContainer().resolve(Modules.ORDER).listOrders({ id: order.id })
      expect(orders).toHaveLength(1)

      await smtp.restart()
      // Not yet due (a minute's wait after a failure), then due: the clock is the test's.
      expect(await retryFailedEmails(getContainer(), new Date())).toMatchObject({ due: 0 })
      const later = new Date(Date.now() + 2 * 60_000)
      // The confirmation and the invoice e-mail, its PDF attached again from the invoice id.
      expect(await retryFailedEmails(getContainer(), later)).toEqual({ due: 2, sent: 2, failed: 0 })
      expect(smtp.current().takeBySubject(/commande/i).mail.subject).toContain(String(order.display_id))
      const [attachment] = smtp.current().takeBySubject(/facture/i).mail.attachments
      expect(attachment).toMatchObject({ contentType: "application/pdf", filename: expect.stringMatching(/^INV-\d{4}-\d{6}\.pdf$/) })
      const notifications = await notificationsOf(order.id)
      expect(notifications).toHaveLength(1)
      expect(notifications[0].status).toBe("success")
      // Sent once: nothing is due any more.
      expect(await retryFailedEmails(getContainer(), new Date(later.getTime() + 60 * 60_000))).toMatchObject({ due: 0 })
    })
  
    it("lists the e-mails for the merchant, and sends a failed one again on request", async () => {
      const admin = await createAdminHeaders(api, getContainer())
      await smtp.current().stop()
      const order = await placeOrder("yasmine@comptoir.test")
      await eventually(async () => (await notificationsOf(order.id))[0]?.status, "failure", 100)

      const { data: failed } = await api.get<AdminEmailListResponse>("/admin/emails?status=failure&template=order-placed", admin)
      expect(failed.count).toBe(1)
      expect(failed.emails[0]).toMatchObject({ to: "yasmine@comptoir.test", template: "order-placed", resource_type: "order", resource_id: order.id })
      expect(new Date(failed.emails[0].next_retry_at!).getTime()).toBeGreaterThan(Date.now())

      // Still down: the merchant's retry says why, and nothing is lost.
      const refused = await api.post(`/admin/emails/${failed.emails[0].id}/retry`, {}, admin).catch((error) => error.response)
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.data.message).toMatch(/could not be sent again/)

      await smtp.restart()
      const { data } = await api.post<AdminEmailResponse>(`/admin/emails/${failed.emails[0].id}/retry`, {}, admin)
      expect(data.email).toMatchObject({ status: "success", next_retry_at: null })
      expect(smtp.current().takeBySubject(/commande/i).mail.subject).toContain(String(order.display_id))

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
