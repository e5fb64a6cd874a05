import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { WEBHOOK_MODULE } from ".."
import { generateWebhookSecret } from "../delivery/signature"
import { WebhookAttempt } from "../models/webhook-attempt"
import { WebhookDelivery } from "../models/webhook-delivery"
import { WebhookEndpoint } from "../models/webhook-endpoint"
import { WebhookMessage } from "../models/webhook-message"
import type WebhookModuleService from "../service"
import { startReceiver } from "./fixtures/receiver"

jest.setTimeout(120_000)

const WORKER = path.join(__dirname, "fixtures", "worker-process.ts")

/** A separate Node process running the delivery engine against the test database. */
function startWorker(env: Record<string, string>, dbConfig: { clientUrl: string; schema: string }) {
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", WORKER], {
    cwd: path.join(__dirname, "../../../.."),
    env: { ...process.env, NODE_OPTIONS: "", WEBHOOK_TEST_DB_URL: dbConfig.clientUrl, WEBHOOK_TEST_DB_SCHEMA: dbConfig.schema || "public", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout!.on("data", (chunk) => (output += chunk))
  child.stderr!.on("data", (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  return { child, exited, output: () => output }
}

const waitFor = async (condition: () => boolean, what: string, timeoutMs = 60_000) => {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

moduleIntegrationTestRunner<WebhookModuleService>({
  moduleName: WEBHOOK_MODULE,
  moduleModels: [WebhookEndpoint, WebhookMessage, WebhookDelivery, WebhookAttempt],
  resolve: "./src/modules/webhook",
  moduleOptions: { webhooks: { allow_loopback: true, allow_http: true } },
  testSuite: ({ service, dbConfig }) => {
    const children: ChildProcess[] = []
    afterEach(() => children.forEach((child) => child.exitCode === null && child.kill("SIGKILL")))

    async function enqueueMany(count: number) {
      const ids: string[] = []
      for (let i = 0; i < count; i++) {
        const now = new Date()
        const enqueued = await service.enqueueMessage({ event_type: "order.placed", data: { id: `order_${i}` }, occurred_at: now, now })
        ids.push(enqueued!.message_id)
      }
      return ids
    }

    it("two worker processes on one database never send the same attempt twice", async () => {
      const receiver = await startReceiver(() => ({ status: 200, delayMs: 5 }))
      await service.createWebhookEndpoints({ url: receiver.url, event_types: ["*"], secret: generateWebhookSecret() })
      const ids = await enqueueMany(400)
      const workers = [startWorker({ BATCH_SIZE: "10" }, dbConfig), startWorker({ BATCH_SIZE: "10" }, dbConfig)]
      children.push(...workers.map((worker) => worker.child))
      const codes = await Promise.all(workers.map((worker) => worker.exited))
      expect(codes).toEqual([0, 0])

      const perId = new Map<string, number>()
      for (const request of receiver.received) perId.set(request.headers["webhook-id"] as string, (perId.get(request.headers["webhook-id"] as string) ?? 0) + 1)
      expect(receiver.received.length).toBe(400)
      expect([...perId.keys()].sort()).toEqual([...ids].sort())
      expect([...perId.values()].every((count) => count === 1)).toBe(true)
      // Both took part: each printed how many it claimed.
      const claimedBy = workers.map((worker) => Number(/done (\d+)/.exec(worker.output())?.[1] ?? 0))
      expect(claimedBy[0] + claimedBy[1]).toBe(400)
      expect(Math.min(...claimedBy)).toBeGreaterThan(0)
      const states = await service.listWebhookDeliveries({}, { select: ["state"] })
      expect(states.every((delivery) => delivery.state === "succeeded")).toBe(true)
      await receiver.close()
    })

    it("loses nothing when the delivering process is killed mid-batch: a restart delivers every message", async () => {
      const receiver = await startReceiver(() => ({ status: 200, delayMs: 100 }))
      await service.createWebhookEndpoints({ url: receiver.url, event_types: ["*"], secret: generateWebhookSecret(), timeout_ms: 2000 })
      const ids = await enqueueMany(120)
      const first = startWorker({ BATCH_SIZE: "30" }, dbConfig)
      children.push(first.child)
      await waitFor(() => receiver.received.length >= 40, "the first worker to be mid-way")
      first.child.kill("SIGKILL")
      await first.exited
      const before = receiver.received.length
      expect(before).toBeLessThan(120)

      // Restarted "later": the dead worker's claims have expired (its clock moved past the lease).
      const second = startWorker({ BATCH_SIZE: "30", CLOCK_OFFSET_MS: String(5 * 60_000) }, dbConfig)
      children.push(second.child)
      expect(await second.exited).toBe(0)

      const seen = new Set(receiver.received.map((request) => request.headers["webhook-id"] as string))
      expect([...seen].sort()).toEqual([...ids].sort())
      const deliveries = await service.listWebhookDeliveries({}, { select: ["state"] })
      expect(deliveries).toHaveLength(120)
      expect(deliveries.every((delivery) => delivery.state === "succeeded")).toBe(true)
      await receiver.close()
    })
  },
})
