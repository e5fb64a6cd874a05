import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { Webhook } from "standardwebhooks"
import type { AdminWebhookDeliveryResponse, AdminWebhookEndpoint } from "../../../src/types/http/webhook"
import { startReceiver, type Reply } from "../../../src/modules/webhook/__tests__/fixtures/receiver"
import { createAdminHeaders } from "../../helpers/admin"

jest.setTimeout(180_000)

type Config = { headers: Record<string, string> }

/** Waits (up to ~10 s) until `read` gives a truthy value, and returns it. */
async function until<T>(read: () => T | Promise<T>, what: string): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = await read()
    if (value) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Config
    let adminEmail = ""
    let admins = 0
    let receivers: { close: () => Promise<void> }[] = []

    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => {
          throw new Error("expected the request to fail")
        },
        (error: { response: { status: number; data: { message: string } } }) => error.response
      )

    async function endpointFor(reply: (index: number) => Reply, body: Record<string, unknown> = {}) {
      const receiver = await startReceiver((_request, index) => reply(index))
      receivers.push(receiver)
      const { data } = await api.post("/admin/webhooks", { url: receiver.url, event_types: ["product.*"], ...body }, admin)
      const webhook = data.webhook as AdminWebhookEndpoint
      const { secret } = (await api.get(`/admin/webhooks/${webhook.id}/secret`, admin)).data
      return { receiver, webhook, secret: secret as string }
    }
    const createProduct = (title: string) =>
      api.post("/admin/products", { title, options: [{ title: "Format", values: ["Duo"] }], variants: [{ title: "Duo", options: { Format: "Duo" }, prices: [{ amount: 10, currency_code: "eur" }] }] }, admin)

    beforeEach(async () => {
      // One address per test: sign-ins are rate limited per address (10 per 15 minutes).
      adminEmail = `admin${++admins}@comptoir.test`
      admin = await createAdminHeaders(api, getContainer(), adminEmail)
    })
    afterEach(async () => {
      await Promise.all(receivers.map((receiver) => receiver.close()))
      receivers = []
    })

    it("needs an admin", async () => {
      expect((await failure(api.get("/admin/webhooks"))).status).toBe(401)
      expect((await failure(api.get("/admin/webhooks/events"))).status).toBe(401)
    })

    it("lists the event catalog with an example payload for each", async () => {
      const { events } = (await api.get("/admin/webhooks/events", admin)).data
      const types = events.map((event: { type: string }) => event.type)
      for (const type of ["order.placed", "order.canceled", "order.completed", "order.fulfillment_created", "payment.captured", "payment.refunded", "customer.created", "customer.updated", "product.created", "product.updated", "product.deleted", "deal.created", "review.approved", "invoice.issued"]) {
        expect(types).toContain(type)
      }
      expect(events.find((event: { type: string }) => event.type === "order.placed").example).toMatchObject({ display_id: 42, items: expect.any(Array) })
    })

    describe("refusals", () => {
      it.each([
        ["http://10.0.0.1/hooks", "10.0.0.1 is a private, link-local or reserved address"],
        ["http://169.254.169.254/latest/meta-data", "169.254.169.254 is a private, link-local or reserved address"],
        ["http://[::ffff:192.168.0.1]/hooks", "is a private, link-local or reserved address"],
        ["http://0.0.0.0:9000/hooks", "0.0.0.0 is a private, link-local or reserved address"],
        ["ftp://example.com/hooks", "must use http or https"],
        ["https://no-such-host.invalid/hooks", "does not resolve"],
      ])("refuses %s with a 400 naming why", async (url, reason) => {
        const refused = await failure(api.post("/admin/webhooks", { url, event_types: ["*"] }, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain(reason)
      })

      it("refuses unknown event types, reserved headers, unknown fields and malformed ids with a 400", async () => {
        const url = "http://127.0.0.1:9/hooks"
        const unknownType = await failure(api.post("/admin/webhooks", { url, event_types: ["order.exploded"] }, admin))
        expect(unknownType.status).toBe(400)
        expect(unknownType.data.message).toContain("order.exploded")
        const reserved = await failure(api.post("/admin/webhooks", { url, event_types: ["*"], headers: { "Webhook-Signature": "x" } }, admin))
        expect(reserved.status).toBe(400)
        expect(reserved.data.message).toMatch(/webhook-signature/i)
        expect((await failure(api.post("/admin/webhooks", { url, event_types: ["*"], colour: "red" }, admin))).status).toBe(400)
        expect((await failure(api.get("/admin/webhooks/whep%00x", admin))).status).toBe(400)
        expect((await failure(api.get("/admin/webhooks/deliveries?limit=-1", admin))).status).toBe(400)
        expect((await failure(api.get("/admin/webhooks/whep_missing", admin))).status).toBe(404)
      })
    })

    it("delivers a real Medusa event, signed, with the entity's data, and logs the request and answer", async () => {
      const { receiver, webhook, secret } = await endpointFor(() => ({ status: 200, body: "merci" }))
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/)
      expect(JSON.stringify(webhook)).not.toContain(secret)
      const { data } = await createProduct("Spa duo")

      const request = await until(() => receiver.received.find((r) => r.body.includes('"product.created"')), "product.created")
      const payload = new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as { type: string; data: { id: string; title: string } }
      expect(payload).toMatchObject({ type: "product.created", data: { id: data.product.id, title: "Spa duo" } })

      const { deliveries } = (await api.get(`/admin/webhooks/deliveries?endpoint_id=${webhook.id}&event_type=product.created`, admin)).data
      expect(deliveries).toEqual([expect.objectContaining({ state: "succeeded", attempts: 1, last_status: 200, message_id: request.headers["webhook-id"] })])
      const detail = (await api.get(`/admin/webhooks/deliveries/${deliveries[0].id}`, admin)).data as AdminWebhookDeliveryResponse
      expect(detail.delivery.attempts_log).toEqual([expect.objectContaining({ attempt: 1, status: 200, succeeded: true, request_body: request.body, response_excerpt: "merci" })])
      expect(detail.delivery.endpoint_url).toBe(receiver.url)
      expect(detail.delivery.payload).toMatchObject({ type: "product.created", data: { title: "Spa duo" } })
    })

    it("sends a test event, and signs with both secrets during a rotation", async () => {
      const { receiver, webhook, secret: oldSecret } = await endpointFor(() => ({ status: 204 }))
      const { data: rotated } = await api.post(`/admin/webhooks/${webhook.id}/rotate-secret`, { overlap_hours: 2 }, admin)
      expect(rotated.secret).not.toBe(oldSecret)
      expect(rotated.previous_secret).toBe(oldSecret)
      const { data } = await api.post(`/admin/webhooks/${webhook.id}/send-test`, {}, admin)
      expect(data.delivery).toMatchObject({ event_type: "webhook.test", endpoint_id: webhook.id })

      const request = await until(() => receiver.received.find((r) => r.body.includes('"webhook.test"')), "the test event")
      for (const secret of [rotated.secret, oldSecret]) {
        expect(new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).toMatchObject({ type: "webhook.test", data: { webhook_id: webhook.id } })
      }
    })

    it("disables an endpoint answering 410, tells the admins, and replays its failures once enabled again", async () => {
      let gone = true
      const { receiver, webhook } = await endpointFor(() => (gone ? { status: 410 } : { status: 200 }))
      await createProduct("Brunch")
      const disabled = await until(async () => {
        const { data } = await api.get(`/admin/webhooks/${webhook.id}`, admin)
        return data.webhook.status === "disabled" ? data.webhook : null
      }, "the endpoint to be disabled")
      expect(disabled.disabled_reason).toBe("The endpoint answered 410 Gone")

      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const alerts = await until(async () => {
        const found = await notifications.listNotifications({ resource_id: webhook.id })
        return found.length >= 2 ? found : null
      }, "the alerts")
      expect(alerts.map((alert) => alert.channel).sort()).toEqual(["email", "feed"])
      expect(alerts.find((alert) => alert.channel === "email")).toMatchObject({ to: adminEmail, template: "message" })

      const testWhileDisabled = await failure(api.post(`/admin/webhooks/${webhook.id}/send-test`, {}, admin))
      expect(testWhileDisabled.status).toBe(400)
      expect(testWhileDisabled.data.message).toMatch(/disabled/)

      gone = false
      await api.post(`/admin/webhooks/${webhook.id}/enable`, {}, admin)
      const before = receiver.received.length
      const { data } = await api.post(`/admin/webhooks/${webhook.id}/replay`, { since: new Date(Date.now() - 3600_000).toISOString() }, admin)
      expect(data.requeued).toBeGreaterThanOrEqual(1)
      await until(() => receiver.received.length > before, "the replay")
      const { deliveries } = (await api.get(`/admin/webhooks/deliveries?endpoint_id=${webhook.id}&state=succeeded`, admin)).data
      expect(deliveries.length).toBeGreaterThanOrEqual(1)
    })

    it("retries one failed delivery once, even when asked twice at the same time", async () => {
      let ok = false
      const { receiver, webhook } = await endpointFor(() => ({ status: ok ? 200 : 500 }))
      await api.post(`/admin/webhooks/${webhook.id}/send-test`, {}, admin)
      const [delivery] = await until(async () => {
        const { deliveries } = (await api.get(`/admin/webhooks/deliveries?endpoint_id=${webhook.id}`, admin)).data
        return deliveries[0]?.attempts === 1 ? deliveries : null
      }, "the first attempt")
      // Mark it failed for good, as after its last retry, so that only a manual retry sends it.
      await getContainer().resolve("webhook").updateWebhookDeliveries({ id: delivery.id, state: "failed", next_attempt_at: null })
      ok = true
      const answers = await Promise.allSettled([1, 2].map(() => api.post(`/admin/webhooks/deliveries/${delivery.id}/retry`, {}, admin)))
      expect(answers.filter((answer) => answer.status === "fulfilled")).toHaveLength(1)
      const refusedRetry = answers.find((answer) => answer.status === "rejected") as PromiseRejectedResult
      expect(refusedRetry.reason.response.status).toBe(400)
      await until(() => receiver.received.length === 2, "the retry")
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(receiver.received).toHaveLength(2)
      expect(receiver.received[1].headers["webhook-id"]).toBe(receiver.received[0].headers["webhook-id"])
    })
  },
})
