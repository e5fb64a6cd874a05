// `npm run bench:webhooks`: outgoing webhooks on this machine, through the built backend (its
// every-second job and its immediate kick deliver) to a loopback receiver that verifies every
// signature with the official `standardwebhooks` library. Baseline, same run: bare node:http
// POSTs of the same bodies to the same receiver (no database, no signing).
import http from "node:http"
import { createRequire } from "node:module"
import path from "node:path"
import knexFactory from "knex"
import { Webhook } from "standardwebhooks"
import { root } from "../scripts/lib/paths.mjs"
import { printTable } from "./lib/load.mjs"
import { ADMIN, machineContext, shutdown, startBenchStore } from "./lib/store.mjs"

const PORT = Number(process.env.BENCH_BACKEND_PORT || 9200)
const BURST = Number(process.env.BENCH_WEBHOOKS || 5000)
const AT_REST_RATE = 20 // test events per second, for latency at rest
const AT_REST_SECONDS = 10

const require = createRequire(import.meta.url)
const { enqueueWebhookMessage } = require(path.join(root, ".medusa/server/src/modules/webhook/delivery/enqueue-message.js"))

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** The receiver: verifies each delivery, records when it arrived and the event's own time. */
function startReceiver() {
  const arrivals = new Map()
  let verifier = null
  let failures = 0
  const server = http.createServer((req, res) => {
    const chunks = []
    req.on("data", (chunk) => chunks.push(chunk))
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8")
      const at = Date.now()
      if (verifier) {
        try {
          const payload = verifier.verify(body, req.headers)
          if (!arrivals.has(req.headers["webhook-id"])) arrivals.set(req.headers["webhook-id"], { at, latency: at - Date.parse(payload.timestamp) })
        } catch {
          failures += 1
        }
      }
      res.writeHead(204).end()
    })
  })
  server.keepAliveTimeout = 5000
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}/hooks`, arrivals, failures: () => failures, setSecret: (secret) => (verifier = secret ? new Webhook(secret) : null), close: () => server.close() })
    )
  )
}

/** Bare node:http: `count` POSTs, `parallel` at a time, keep-alive. */
async function bareBaseline(url, count, parallel = 64) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: parallel })
  const body = JSON.stringify({ type: "order.placed", timestamp: new Date().toISOString(), data: { id: "order_1" } })
  let next = 0
  const started = performance.now()
  const lane = async () => {
    while (next++ < count) {
      await new Promise((resolve, reject) => {
        const request = http.request(url, { method: "POST", agent, headers: { "content-type": "application/json" } }, (res) => res.resume().on("end", resolve))
        request.on("error", reject)
        request.end(body)
      })
    }
  }
  await Promise.all(Array.from({ length: parallel }, lane))
  agent.destroy()
  return count / ((performance.now() - started) / 1000)
}

const waitUntil = async (condition, timeoutMs) => {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) return false
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return true
}

try {
  const context = machineContext()
  const { backendUrl, databaseUrl } = await startBenchStore({ port: PORT, database: "comptoir_bench_webhooks", admin: true, env: { WEBHOOKS_ALLOW_LOCAL: "true" } })
  const receiver = await startReceiver()
  const login = await fetch(`${backendUrl}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ADMIN) }).then((r) => r.json())
  const admin = { authorization: `Bearer ${login.token}`, "content-type": "application/json" }

  console.log(`\nBaseline: ${BURST} bare node:http POSTs to the receiver`)
  const baseline = await bareBaseline(receiver.url, BURST)

  const created = await fetch(`${backendUrl}/admin/webhooks`, { method: "POST", headers: admin, body: JSON.stringify({ url: receiver.url, event_types: ["*"], description: "bench" }) }).then((r) => r.json())
  if (!created.webhook) throw new Error(`POST /admin/webhooks: ${JSON.stringify(created)}`)
  const { secret } = await fetch(`${backendUrl}/admin/webhooks/${created.webhook.id}/secret`, { headers: admin }).then((r) => r.json())
  receiver.setSecret(secret)

  // Burst: the outbox write of BURST events (the subscriber's statement, 8 at a time), delivered by the backend.
  console.log(`Burst: ${BURST} events written to the outbox, delivered by the backend`)
  const knex = knexFactory({ client: "pg", connection: databaseUrl, pool: { min: 1, max: 8 } })
  const sql = async (query, params = []) => (await knex.raw(query, params)).rows
  const burstStarted = Date.now()
  let written = 0
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (written < BURST) {
        written += 1
        const now = new Date()
        await enqueueWebhookMessage(sql, { event_type: "order.placed", data: { id: `order_${written}`, total: 89 }, occurred_at: now, now })
      }
    })
  )
  const writeSeconds = (Date.now() - burstStarted) / 1000
  if (!(await waitUntil(() => receiver.arrivals.size >= BURST, 120_000))) throw new Error(`only ${receiver.arrivals.size} of ${BURST} delivered in 2 min`)
  const lastArrival = Math.max(...[...receiver.arrivals.values()].map((arrival) => arrival.at))
  const burstSeconds = (lastArrival - burstStarted) / 1000
  const burstLatencies = [...receiver.arrivals.values()].map((arrival) => arrival.latency)
  await knex.destroy()

  // At rest: real events through Medusa (the admin's "send a test event"), a few per second.
  console.log(`At rest: ${AT_REST_RATE} events/s for ${AT_REST_SECONDS} s through POST /admin/webhooks/:id/send-test`)
  receiver.arrivals.clear()
  const restCount = AT_REST_RATE * AT_REST_SECONDS
  for (let i = 0; i < restCount; i++) {
    await fetch(`${backendUrl}/admin/webhooks/${created.webhook.id}/send-test`, { method: "POST", headers: admin }).then((r) => r.arrayBuffer())
    await new Promise((resolve) => setTimeout(resolve, 1000 / AT_REST_RATE))
  }
  await waitUntil(() => receiver.arrivals.size >= restCount, 30_000)
  const restLatencies = [...receiver.arrivals.values()].map((arrival) => arrival.latency)

  console.log(`\nMachine: ${context.cpus}, Node ${context.node}, load average at start ${context.loadAverageAtStart}`)
  printTable(
    ["measure", "figure"],
    [
      ["bare node:http POSTs (baseline)", `${Math.round(baseline)} /s`],
      [`burst: ${BURST} signed deliveries`, `${Math.round(BURST / burstSeconds)} /s (outbox written in ${writeSeconds.toFixed(1)} s)`],
      ["burst: event → delivered p50 / p99", `${percentile(burstLatencies, 50)} ms / ${percentile(burstLatencies, 99)} ms`],
      [`at rest: ${restCount} events via Medusa, delivered`, `${receiver.arrivals.size}`],
      ["at rest: event → delivered p50 / p95 / p99", `${percentile(restLatencies, 50)} ms / ${percentile(restLatencies, 95)} ms / ${percentile(restLatencies, 99)} ms`],
      ["signatures refused by the verifier", `${receiver.failures()}`],
    ]
  )
  receiver.close()
} finally {
  await shutdown()
}
