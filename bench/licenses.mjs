// `npm run bench:licenses`: `POST /licenses/validate` on the built backend against a bare
// node:http + pg handler doing the same indexed lookup (the license by key, its policy's limit,
// its active activations), in the same run, 64 connections. Fresh database, demo seed (whose
// demo shopper bought the "Logiciel de caisse": the key measured is theirs).
import http from "node:http"
import autocannon from "autocannon"
import pg from "pg"
import { printTable } from "./lib/load.mjs"
import { machineContext, shutdown, startBenchStore } from "./lib/store.mjs"

const PORT = Number(process.env.BENCH_BACKEND_PORT || 9200)
const BARE_PORT = Number(process.env.BENCH_BARE_PORT || 9201)
const FAST_PATH_PORT = Number(process.env.BENCH_FAST_PATH_PORT || 9202)
const DURATION = Number(process.env.BENCH_DURATION || 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 64)

// The lookup the route makes (src/modules/digital/service.ts), without Medusa around it.
const LOOKUP = `
  SELECT l.id, l.key, l.status, l.expires_at, COALESCE(l.max_activations_override, p.max_activations) AS max_activations,
         (SELECT count(*) FROM license_activation a WHERE a.license_id = l.id AND a.deactivated_at IS NULL AND a.deleted_at IS NULL)::int AS active_activations
  FROM license l JOIN license_policy p ON p.id = l.policy_id WHERE l.key = $1 AND l.deleted_at IS NULL`

/** The baseline: parse the JSON body, one query on a pool, answer JSON. */
function startBare(databaseUrl) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 })
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", async () => {
      const { key } = JSON.parse(body)
      const { rows } = await pool.query(LOOKUP, [key])
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ valid: rows[0]?.status === "active", code: rows[0] ? "VALID" : "NOT_FOUND", license: rows[0] ?? null }))
    })
  })
  return new Promise((resolve) => server.listen(BARE_PORT, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${BARE_PORT}/validate`, close: () => Promise.all([pool.end(), new Promise((r) => server.close(r))]) })))
}

async function measure(name, url, body) {
  const options = body
    ? { url, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), connections: CONNECTIONS }
    : { url, connections: CONNECTIONS }
  await autocannon({ ...options, duration: 2 })
  process.stdout.write(`  ${name.padEnd(28)} ${url}\n`)
  const result = await autocannon({ ...options, duration: DURATION })
  await new Promise((resolve) => setTimeout(resolve, Math.max(500, result.latency.max)))
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors }
}

try {
  const context = machineContext()
  const unlimited = { LICENSE_API_RATE_PER_IP: "1000000000", LICENSE_API_RATE_PER_KEY: "1000000000", LICENSE_API_PORT: String(FAST_PATH_PORT) }
  const { backendUrl, databaseUrl } = await startBenchStore({ port: PORT, database: "comptoir_bench_licenses", env: unlimited })
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const { rows } = await client.query(`SELECT key FROM license WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1`)
  await client.end()
  if (!rows[0]) throw new Error("the demo seed issued no license: is the Logiciel de caisse order seeded?")
  const key = rows[0].key
  const check = await fetch(`${backendUrl}/licenses/validate`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ key }) }).then((r) => r.json())
  if (check.code !== "VALID") throw new Error(`the demo key does not validate: ${JSON.stringify(check)}`)

  const bare = await startBare(databaseUrl)
  console.log(`\nMeasuring ${DURATION} s each (after 2 s of warm-up), ${CONNECTIONS} connections, autocannon in-process`)
  // Medusa's /health: what any route of this server costs before it does anything (the floor).
  const results = [
    await measure("bare node:http + pg", bare.url, { key }),
    await measure("POST /licenses/validate", `${backendUrl}/licenses/validate`, { key }),
    await measure("Medusa GET /health (floor)", `${backendUrl}/health`),
    await measure("fast path /licenses/validate", `http://127.0.0.1:${FAST_PATH_PORT}/licenses/validate`, { key }),
  ]
  await bare.close()

  console.log(`\nMachine: ${context.cpus}, Node ${context.node}, load average at start ${context.loadAverageAtStart}`)
  printTable(
    ["endpoint", "req/s", "p50 ms", "p99 ms", "non-2xx"],
    results.map((r) => [r.name, r.rps.toFixed(0), String(r.p50), String(r.p99), String(r.non2xx + r.errors)])
  )
  const [baseline, validate, floor, fast] = results
  console.log(`validate through Medusa / Medusa's /health: ${((validate.rps / floor.rps) * 100).toFixed(0)} %`)
  for (const [name, result] of [["Medusa route", validate], ["fast path", fast]]) {
    const ratio = result.rps / baseline.rps
    console.log(`Goals, ${name}: ≥ 60 % of the bare handler's throughput: ${(ratio * 100).toFixed(0)} % ${ratio >= 0.6 ? "met" : "NOT met"}; p99 < 25 ms: ${result.p99} ms ${result.p99 < 25 ? "met" : "NOT met"}`)
  }
} finally {
  await shutdown()
}
