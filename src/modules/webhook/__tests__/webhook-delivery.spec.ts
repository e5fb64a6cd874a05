import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { Webhook } from "standardwebhooks"
import { WEBHOOK_MODULE } from ".."
import { WebhookDeliveryEngine } from "../delivery/delivery-engine"
import { generateWebhookSecret } from "../delivery/signature"
import { WebhookAttempt } from "../models/webhook-attempt"
import { WebhookDelivery } from "../models/webhook-delivery"
import { WebhookEndpoint } from "../models/webhook-endpoint"
import { WebhookMessage } from "../models/webhook-message"
import type WebhookModuleService from "../service"
import { startReceiver, type Reply } from "./fixtures/receiver"

jest.setTimeout(60_000)

const SECOND = 1000
const MINUTE = 60 * SECOND
const t0 = new Date("2026-11-29T10:00:00.000Z")
const later = (ms: number) => new Date(t0.getTime() + ms)

moduleIntegrationTestRunner<WebhookModuleService>({
  moduleName: WEBHOOK_MODULE,
  moduleModels: [WebhookEndpoint, WebhookMessage, WebhookDelivery, WebhookAttempt],
  resolve: "./src/modules/webhook",
  moduleOptions: { webhooks: { allow_loopback: true, allow_http: true } },
  testSuite: ({ service }) => {
    let receivers: { close: () => Promise<void> }[] = []
    afterEach(async () => {
      await Promise.all(receivers.map((receiver) => receiver.close()))
      receivers = []
      jest.restoreAllMocks()
    })

    async function setUp(reply?: (index: number) => Reply, endpoint: Record<string, unknown> = {}) {
      const receiver = await startReceiver(reply ? (_request, index) => reply(index) : undefined)
      receivers.push(receiver)
      const created = await service.createWebhookEndpoints({ url: receiver.url, event_types: ["order.*"], secret: generateWebhookSecret(), ...endpoint })
      return { receiver, endpoint: created }
    }
    const enqueue = (now = t0, data: unknown = { id: "order_1", total: 89 }) =>
      service.enqueueMessage({ event_type: "order.placed", data, occurred_at: now, now })
    const deliveriesOf = (endpointId: string) => service.listWebhookDeliveries({ endpoint_id: endpointId })

    describe("signing (Standard Webhooks v1)", () => {
      it("sends bytes the official verifier accepts, and rejects tampering, a wrong secret and a stale timestamp", async () => {
        const { receiver, endpoint } = await setUp()
        const enqueued = await enqueue(new Date())
        await service.deliverDue()
        const [request] = receiver.received
        const headers = request.headers as Record<string, string>
        expect(headers["webhook-id"]).toBe(enqueued!.message_id)
        expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/=]+$/)
        expect(new Webhook(endpoint.secret).verify(request.body, headers)).toMatchObject({ type: "order.placed", data: { id: "order_1", total: 89 } })
        expect(JSON.parse(request.body)).toEqual({ type: "order.placed", timestamp: expect.any(String), data: { id: "order_1", total: 89 } })

        expect(() => new Webhook(endpoint.secret).verify(request.body.replace("89", "1"), headers)).toThrow(/signature/i)
        expect(() => new Webhook(generateWebhookSecret()).verify(request.body, headers)).toThrow(/signature/i)
        jest.spyOn(Date, "now").mockReturnValue(Date.now() + 10 * MINUTE)
        expect(() => new Webhook(endpoint.secret).verify(request.body, headers)).toThrow(/timestamp/i)
      })

      it("signs with the old and the new secret while a rotation overlaps, then with the new one only", async () => {
        const { receiver, endpoint } = await setUp()
        const newSecret = generateWebhookSecret()
        await service.updateWebhookEndpoints({ id: endpoint.id, secret: newSecret, previous_secret: endpoint.secret, previous_secret_expires_at: later(24 * 60 * MINUTE) })
        await enqueue()
        await service.deliverDue({ now: t0 })
        const first = receiver.received[0]
        jest.spyOn(Date, "now").mockReturnValue(t0.getTime())
        expect((first.headers["webhook-signature"] as string).split(" ")).toHaveLength(2)
        for (const secret of [newSecret, endpoint.secret]) expect(() => new Webhook(secret).verify(first.body, first.headers as Record<string, string>)).not.toThrow()

        const afterOverlap = later(25 * 60 * MINUTE)
        await enqueue(afterOverlap)
        await service.deliverDue({ now: afterOverlap })
        const second = receiver.received[1]
        jest.spyOn(Date, "now").mockReturnValue(afterOverlap.getTime())
        expect(() => new Webhook(newSecret).verify(second.body, second.headers as Record<string, string>)).not.toThrow()
        expect(() => new Webhook(endpoint.secret).verify(second.body, second.headers as Record<string, string>)).toThrow(/signature/i)
      })

      it("signs the bytes a payload template produces: a flat object for Zapier or Make", async () => {
        const template = { fields: [{ from: "type", to: "event" }, { from: "data.id", to: "order_id" }, { from: "data.items.0.title", to: "first_item" }, { from: "data.missing", to: "nothing" }] }
        const { receiver, endpoint } = await setUp(undefined, { payload_template: template })
        await enqueue(new Date(), { id: "order_9", items: [{ title: "Spa duo" }] })
        await service.deliverDue()
        const [request] = receiver.received
        expect(JSON.parse(request.body)).toEqual({ event: "order.placed", order_id: "order_9", first_item: "Spa duo", nothing: null })
        expect(() => new Webhook(endpoint.secret).verify(request.body, request.headers as Record<string, string>)).not.toThrow()
      })
    })

    describe("retries", () => {
      it("retries on the schedule (5 s, 5 min, 30 min) with the same webhook-id, and stops at the first 2xx", async () => {
        const { receiver, endpoint } = await setUp((index) => ({ status: index < 3 ? 500 : 200, body: index < 3 ? "boom" : "ok" }))
        const { message_id } = (await enqueue())!
        const steps: [number, number][] = [
          [0, 1], [4 * SECOND, 1], [6 * SECOND, 2], [6 * SECOND + 4 * MINUTE, 2],
          [6 * SECOND + 6 * MINUTE, 3], [6 * SECOND + 6 * MINUTE + 26 * MINUTE, 3], [6 * SECOND + 6 * MINUTE + 34 * MINUTE, 4],
        ]
        for (const [offset, expected] of steps) {
          await service.deliverDue({ now: later(offset) })
          expect(receiver.received).toHaveLength(expected)
        }
        expect(new Set(receiver.received.map((request) => request.headers["webhook-id"]))).toEqual(new Set([message_id]))
        const [delivery] = await deliveriesOf(endpoint.id)
        expect(delivery).toMatchObject({ state: "succeeded", attempts: 4, last_status: 200 })
        const attempts = await service.listWebhookAttempts({ delivery_id: delivery.id }, { order: { attempt: "ASC" } })
        expect(attempts.map((attempt) => [attempt.attempt, attempt.status, attempt.succeeded])).toEqual([[1, 500, false], [2, 500, false], [3, 500, false], [4, 200, true]])
        expect(attempts[0].response_excerpt).toBe("boom")
        const [saved] = await service.listWebhookEndpoints({ id: endpoint.id })
        expect(saved.failing_since).toBeNull()
      })

      it("gives up after the eighth attempt", async () => {
        const { receiver, endpoint } = await setUp(() => ({ status: 503 }))
        await enqueue()
        const waits = [0, 5 * SECOND, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 300 * MINUTE, 600 * MINUTE, 600 * MINUTE]
        let at = 0
        for (const wait of waits) {
          at += wait * 1.11
          await service.deliverDue({ now: later(at) })
        }
        await service.deliverDue({ now: later(at + 48 * 60 * MINUTE) })
        expect(receiver.received).toHaveLength(8)
        const [delivery] = await deliveriesOf(endpoint.id)
        expect(delivery).toMatchObject({ state: "failed", attempts: 8, next_attempt_at: null })
      })

      it("waits as long as Retry-After asks on a 429", async () => {
        const { receiver } = await setUp((index) => (index === 0 ? { status: 429, headers: { "retry-after": "120" } } : { status: 200 }))
        await enqueue()
        await service.deliverDue({ now: t0 })
        await service.deliverDue({ now: later(10 * SECOND) })
        expect(receiver.received).toHaveLength(1)
        await service.deliverDue({ now: later(121 * SECOND) })
        expect(receiver.received).toHaveLength(2)
      })

      it("counts a request without an answer within the endpoint's timeout as a failed attempt", async () => {
        const { endpoint } = await setUp(() => ({ status: 200, hang: true }), { timeout_ms: 300 })
        await enqueue()
        await service.deliverDue({ now: t0 })
        const [delivery] = await deliveriesOf(endpoint.id)
        expect(delivery).toMatchObject({ state: "pending", attempts: 1, last_error: "No answer within 300 ms" })
      })
    })

    describe("disabling", () => {
      it("disables an endpoint that answers 410 Gone at once, and fails its pending deliveries", async () => {
        const { receiver, endpoint } = await setUp(() => ({ status: 410 }))
        await enqueue()
        await enqueue()
        const result = await service.deliverDue({ now: t0, maxBatches: 1 })
        expect(result.disabled).toEqual([expect.objectContaining({ id: endpoint.id, reason: "The endpoint answered 410 Gone" })])
        const [saved] = await service.listWebhookEndpoints({ id: endpoint.id })
        expect(saved).toMatchObject({ status: "disabled", disabled_reason: "The endpoint answered 410 Gone" })
        expect((await deliveriesOf(endpoint.id)).map((delivery) => delivery.state)).toEqual(["failed", "failed"])
        expect(await enqueue()).toBeNull()
        expect(receiver.received.length).toBeLessThanOrEqual(2)
      })

      it("disables an endpoint after 5 days of failures without a success", async () => {
        const { endpoint } = await setUp(() => ({ status: 500 }))
        await enqueue(t0)
        expect((await service.deliverDue({ now: t0 })).disabled).toEqual([])
        const fourDays = later(4 * 24 * 60 * MINUTE)
        await enqueue(fourDays)
        expect((await service.deliverDue({ now: fourDays })).disabled).toEqual([])
        const fiveDays = later(5 * 24 * 60 * MINUTE + MINUTE)
        await enqueue(fiveDays)
        const result = await service.deliverDue({ now: fiveDays })
        expect(result.disabled).toEqual([expect.objectContaining({ id: endpoint.id, reason: "Every delivery failed for 5 days" })])
      })

      it("starts the 5 days again after a success", async () => {
        const { endpoint } = await setUp((index) => ({ status: index === 1 ? 200 : 500 }))
        await enqueue(t0)
        await service.deliverDue({ now: t0 })
        const threeDays = later(3 * 24 * 60 * MINUTE)
        await service.updateWebhookDeliveries({ selector: { endpoint_id: endpoint.id }, data: { state: "succeeded" } })
        await enqueue(threeDays)
        await service.deliverDue({ now: threeDays })
        const sixDays = later(6 * 24 * 60 * MINUTE)
        await enqueue(sixDays)
        expect((await service.deliverDue({ now: sixDays })).disabled).toEqual([])
        const [saved] = await service.listWebhookEndpoints({ id: endpoint.id })
        expect(saved.failing_since?.toISOString()).toBe(sixDays.toISOString())
      })
    })

    describe("housekeeping", () => {
      it("forgets finished deliveries after the retention, keeping pending ones and their messages", async () => {
        const { endpoint } = await setUp((index) => ({ status: index === 0 ? 200 : 500 }))
        const done = (await enqueue(t0))!
        await service.deliverDue({ now: t0 })
        const pending = (await enqueue(t0))!
        await service.deliverDue({ now: t0 })
        expect(await service.pruneLog(later(29 * 24 * 60 * MINUTE))).toBe(0)
        expect(await service.pruneLog(later(31 * 24 * 60 * MINUTE))).toBe(1)
        expect((await deliveriesOf(endpoint.id)).map((delivery) => delivery.message_id)).toEqual([pending.message_id])
        expect((await service.listWebhookMessages({})).map((message) => message.id)).toEqual([pending.message_id])
        expect(await service.listWebhookAttempts({ delivery_id: done.delivery_ids[0] })).toEqual([])
      })

      it("knows whether an event type has any subscriber", async () => {
        await setUp()
        expect(await service.hasSubscribers("order.placed")).toBe(true)
        expect(await service.hasSubscribers("product.updated")).toBe(false)
      })
    })

    describe("SSRF at send time", () => {
      it("refuses a stored private address without connecting", async () => {
        const endpoint = await service.createWebhookEndpoints({ url: "http://169.254.169.254/latest/meta-data", event_types: ["*"], secret: generateWebhookSecret() })
        await enqueue()
        await service.deliverDue({ now: t0 })
        const [delivery] = await deliveriesOf(endpoint.id)
        expect(delivery.last_error).toBe("URL is refused: 169.254.169.254 is a private, link-local or reserved address")
      })

      it("refuses a host name that resolves to loopback when loopback is not allowed", async () => {
        const receiver = await startReceiver()
        receivers.push(receiver)
        const endpoint = await service.createWebhookEndpoints({ url: receiver.url.replace("127.0.0.1", "localhost"), event_types: ["*"], secret: generateWebhookSecret() })
        await enqueue()
        const strict = new WebhookDeliveryEngine(
          async (sql, params) => (await (service as unknown as { execute_: (s: string, p: unknown[]) => Promise<never[]> }).execute_(sql, params ?? [])),
          { policy: { allowLoopback: false, allowHttp: true }, disableAfterDays: 5 }
        )
        await strict.deliverBatch(t0)
        expect(receiver.received).toHaveLength(0)
        const [delivery] = await deliveriesOf(endpoint.id)
        expect(delivery.last_error).toMatch(/EWEBHOOKFORBIDDEN: localhost resolves to .* is a loopback address/)
      })
    })
  },
})
