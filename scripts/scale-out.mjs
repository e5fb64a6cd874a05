// Scale-out test of outgoing webhooks: the built backend as Docker Compose runs it in
// production — one HTTP server (MEDUSA_WORKER_MODE=server) and two workers, Redis event bus,
// workflow engine and locking, one database. Real events (products created through the Admin
// API, test messages) must reach a loopback receiver exactly once each, signed.
import http from "node:http"
import net from "node:net"
import { Webhook } from "standardwebhooks"
import { ensureDatabase } from "./lib/postgres.mjs"
import { assertPortFree, stopAll } from "./lib/processes.mjs"
import { buildAll, createAdminUser, migrate, startBackend } from "./lib/stack.mjs"

const SERVER_PORT = Number(process.env.SCALE_SERVER_PORT || 9600)
const WORKER_PORTS = [SERVER_PORT + 1, SERVER_PORT + 2]
// A Redis database of its own (emptied first), so a running dev stack is not disturbed.
const REDIS_URL = process.env.SCALE_REDIS_URL || "redis://127.0.0.1:6379/7"
const ADMIN = { email: "admin@comptoir.test", password: "scale-out-password" }
const PRODUCTS = 20
const TEST_MESSAGES = 100

/** Sends inline Redis commands; resolves with the raw answer, or rejects when Redis is not there. */
function redis(commands) {
  const { hostname, port } = new URL(REDIS_URL)
  return new Promise((resolve, reject) => {
    let answer = ""
    const socket = net.connect(Number(port || 6379), hostname, () => socket.end(commands.map((command) => `${command}\r\n`).join("")))
    socket.on("data", (chunk) => (answer += chunk))
    socket.on("end", () => resolve(answer))
    socket.on("error", reject)
    socket.setTimeout(3000, () => socket.destroy(new Error("no answer")))
  })
}

const until = async (condition, what, timeoutMs = 60_000) => {
  const started = Date.now()
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Runs the scale-out test; resolves with pass/fail counts (skipped, with a notice, without Redis). */
export async function runScaleOut({ serverUrl }) {
  const database = new URL(REDIS_URL).pathname.slice(1) || "0"
  try {
    await redis([`SELECT ${database}`, "FLUSHDB"])
  } catch (error) {
    console.log(`scale-out test skipped: no Redis at ${REDIS_URL} (${error.message}); set SCALE_REDIS_URL`)
    return { passed: 0, failed: 0 }
  }
  for (const port of [SERVER_PORT, ...WORKER_PORTS]) await assertPortFree(port)
  const received = []
  const receiver = http.createServer((req, res) => {
    const chunks = []
    req.on("data", (chunk) => chunks.push(chunk))
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") })
      res.writeHead(204).end()
    })
  })
  await new Promise((resolve) => receiver.listen(0, "127.0.0.1", resolve))
  const checks = []
  const check = (name, ok, detail = "") => {
    checks.push(ok)
    console.log(`${ok ? "✔" : "✖"} scale-out: ${name}${detail ? ` — ${detail}` : ""}`)
  }
  try {
    const databaseUrl = await ensureDatabase(serverUrl, "comptoir_scale_out", { fresh: true })
    await buildAll({ storefront: false })
    await migrate(databaseUrl, { force: true })
    await createAdminUser(databaseUrl, ADMIN.email, ADMIN.password, { force: true })
    const backendUrl = `http://localhost:${SERVER_PORT}`
    const common = { REDIS_URL, WEBHOOKS_ALLOW_LOCAL: "true", LOG_LEVEL: "error" }
    await Promise.all([
      startBackend(databaseUrl, { port: SERVER_PORT, backendUrl, storefrontUrl: "http://localhost:8600", env: { ...common, MEDUSA_WORKER_MODE: "server" } }),
      ...WORKER_PORTS.map((port) =>
        startBackend(databaseUrl, { port, backendUrl: `http://localhost:${port}`, storefrontUrl: "http://localhost:8600", env: { ...common, MEDUSA_WORKER_MODE: "worker", DISABLE_MEDUSA_ADMIN: "true" } })
      ),
    ])

    const call = async (method, path, body, token) => {
      const response = await fetch(backendUrl + path, { method, headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) }, body: body && JSON.stringify(body) })
      const data = await response.json()
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(data)}`)
      return data
    }
    const { token } = await call("POST", "/auth/user/emailpass", ADMIN)
    const url = `http://127.0.0.1:${receiver.address().port}/hooks`
    const { webhook } = await call("POST", "/admin/webhooks", { url, event_types: ["product.created", "webhook.test"] }, token)
    const { secret } = await call("GET", `/admin/webhooks/${webhook.id}/secret`, undefined, token)

    for (let i = 0; i < PRODUCTS; i++) {
      await call("POST", "/admin/products", { title: `Scale ${i}`, options: [{ title: "Format", values: ["Duo"] }], variants: [{ title: "Duo", options: { Format: "Duo" }, prices: [{ amount: 10, currency_code: "eur" }] }] }, token)
    }
    await Promise.all(Array.from({ length: TEST_MESSAGES }, () => call("POST", `/admin/webhooks/${webhook.id}/send-test`, {}, token)))
    const expected = PRODUCTS + TEST_MESSAGES
    await until(() => new Set(received.map((r) => r.headers["webhook-id"])).size >= expected, `${expected} deliveries`).catch(() => {})
    // Time for any second copy to arrive.
    await new Promise((resolve) => setTimeout(resolve, 3000))

    const ids = received.map((r) => r.headers["webhook-id"])
    const distinct = new Set(ids)
    const verifier = new Webhook(secret)
    const unverified = received.filter((r) => {
      try {
        verifier.verify(r.body, r.headers)
        return false
      } catch {
        return true
      }
    })
    const created = received.filter((r) => JSON.parse(r.body).type === "product.created").length
    check("every event delivered", distinct.size === expected, `${distinct.size} of ${expected} messages`)
    check("each exactly once", ids.length === distinct.size, `${ids.length} requests for ${distinct.size} messages`)
    check("product.created from the Redis event bus, handled by a worker", created === PRODUCTS, `${created} of ${PRODUCTS}`)
    check("every signature verifies", unverified.length === 0, `${unverified.length} refused`)
  } catch (error) {
    check("ran", false, error.message)
  } finally {
    receiver.close()
    await stopAll()
  }
  return { passed: checks.filter(Boolean).length, failed: checks.filter((ok) => !ok).length }
}

// `node scripts/scale-out.mjs` runs it alone (PostgreSQL from the test database settings).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { resolveTestDatabase } = await import("./lib/test-database.mjs")
  const database = await resolveTestDatabase()
  const result = await runScaleOut({ serverUrl: database.serverUrl }).finally(() => database.stop())
  console.log(`scale-out: ${result.passed} passed, ${result.failed} failed`)
  process.exit(result.failed ? 1 : 0)
}
