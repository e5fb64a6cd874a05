// Load benchmark of the store API: the plugin's deal routes against Medusa's own product
// routes on the same seeded catalog, on a fresh database and the built backend (production
// mode). Load comes from autocannon, in-process, over loopback only.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import autocannon from "autocannon"
import { dataDir } from "../scripts/lib/paths.mjs"
import { ensureDatabase } from "../scripts/lib/postgres.mjs"
import { assertPortFree, stopAll } from "../scripts/lib/processes.mjs"
import { buildAll, migrate, readEnvFile, seed, startBackend } from "../scripts/lib/stack.mjs"
import { resolveTestDatabase } from "../scripts/lib/test-database.mjs"

const PORT = Number(process.env.BENCH_BACKEND_PORT || 9200)
const DURATION = Number(process.env.BENCH_DURATION || 10) // seconds measured per endpoint
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10)
const WARMUP = 2 // seconds per endpoint, not counted: JIT, connection pools, caches
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const DEAL_HANDLE = "spa-hammam-marrakech-paris"
const backendUrl = `http://localhost:${PORT}`
const resultsFile = path.join(dataDir, "bench-results.json")

/** What is measured; `baseline` names the Medusa route a plugin route is compared with. */
const endpoints = (region) => [
  { name: "deals listing", path: `/store/deals?region_id=${region}`, baseline: "products listing" },
  { name: "deals by price", path: `/store/deals?region_id=${region}&sort=price_asc`, baseline: "products listing" },
  { name: "deal page", path: `/store/deals/${DEAL_HANDLE}?region_id=${region}`, baseline: "product page" },
  {
    name: "products listing",
    path: `/store/products?region_id=${region}&limit=12&fields=id,title,handle,thumbnail,*variants.calculated_price`,
  },
  {
    name: "product page",
    path: `/store/products?handle=${DEAL_HANDLE}&region_id=${region}&fields=*variants.calculated_price,*images,*categories`,
  },
]

let database
let stopping
/** Stops the backend (and any build/seed still running), then an embedded database; runs once. */
const shutdown = () => (stopping ??= stopAll().then(() => database?.stop()))

// The services run in their own process groups, so Ctrl-C does not reach them: stop them here.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    console.error(`\n${signal}: stopping the backend`)
    await shutdown()
    process.exit(130)
  })
}

/** GET with the publishable key; fails loudly on anything but 200. */
async function getJson(urlPath, headers) {
  const response = await fetch(backendUrl + urlPath, { headers })
  const body = await response.text()
  if (response.status !== 200) {
    throw new Error(`GET ${urlPath} answered ${response.status}: ${body.slice(0, 500)}`)
  }
  return JSON.parse(body)
}

/** Loads one endpoint; with `duration` 0, only its warm-up. */
async function load(endpoint, headers, duration) {
  const result = await autocannon({
    url: backendUrl + endpoint.path,
    headers,
    connections: CONNECTIONS,
    duration: duration || WARMUP,
    ...(duration && { warmup: { connections: CONNECTIONS, duration: WARMUP } }),
  })
  // autocannon drops the requests still in flight at its deadline, but the backend keeps
  // serving them: let them finish so they load neither the next endpoint nor the shutdown.
  await sleep(Math.max(500, result.latency.max))
  return result
}

async function measure(endpoint, headers) {
  process.stdout.write(`  ${endpoint.name.padEnd(18)} ${endpoint.path}\n`)
  const result = await load(endpoint, headers, DURATION)
  return {
    ...endpoint,
    requestsPerSecond: result.requests.average,
    latencyMs: { average: result.latency.average, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
  }
}

function printTable(results) {
  const byName = new Map(results.map((result) => [result.name, result]))
  const rows = results.map((result) => {
    const baseline = byName.get(result.baseline)
    return [
      result.name,
      result.requestsPerSecond.toFixed(1),
      String(result.latencyMs.p50),
      String(result.latencyMs.p99),
      `${result.errors + result.timeouts}/${result.non2xx}`,
      baseline ? `${(result.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}× ${result.baseline}` : "(baseline)",
    ]
  })
  const header = ["endpoint", "req/s", "p50 ms", "p99 ms", "err/non2xx", "vs Medusa"]
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)))
  const line = (cells) => cells.map((cell, column) => (column === 0 || column === 5 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ")
  console.log(`\n${line(header)}\n${widths.map((width) => "-".repeat(width)).join("  ")}`)
  for (const row of rows) console.log(line(row))
}

async function main() {
  // Taken before this script loads the machine: other work (tests, builds) skews the figures.
  const loadAverage = os.loadavg().map((value) => value.toFixed(2)).join(" ")
  await assertPortFree(PORT)
  database = await resolveTestDatabase()
  const databaseUrl = await ensureDatabase(database.serverUrl, "comptoir_bench", { fresh: true })
  const storefrontEnvFile = path.join(dataDir, "bench-storefront.env")
  await buildAll({ storefront: false })
  await migrate(databaseUrl, { force: true })
  await seed(databaseUrl, { backendUrl, storefrontEnvFile })
  await startBackend(databaseUrl, { port: PORT, backendUrl, storefrontUrl: "http://localhost:8200" })

  const headers = { "x-publishable-api-key": readEnvFile(storefrontEnvFile).NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY }
  const { regions } = await getJson("/store/regions", headers)
  const france = regions.find((region) => region.currency_code === "eur")
  if (!france) throw new Error(`no eur region among ${regions.map((region) => region.name).join(", ")}`)

  // One 200 each before loading them: a broken route would otherwise just look fast.
  const list = endpoints(france.id)
  for (const endpoint of list) {
    const body = await getJson(endpoint.path, headers)
    const found = body.deals?.length ?? (body.deal ? 1 : body.products?.length)
    if (!found) throw new Error(`GET ${endpoint.path} answered 200 but found nothing`)
  }

  // A fresh backend is much slower for its first seconds (JIT, pool connections, PostgreSQL
  // caches): one warm-up round over every endpoint, so the first measured is not penalised.
  console.log(`\nWarming up (${WARMUP} s per endpoint)`)
  for (const endpoint of list) await load(endpoint, headers, 0)

  const context = {
    date: new Date().toISOString(),
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}`,
    node: process.version,
    durationSeconds: DURATION,
    warmupSeconds: WARMUP,
    connections: CONNECTIONS,
    loadAverageAtStart: loadAverage,
    note: "autocannon runs in this process, on the same cores as the backend and PostgreSQL",
  }
  console.log(
    `Machine: ${context.cpus}, Node ${context.node}, load average at start ${loadAverage}\n` +
      `Measuring ${DURATION} s per endpoint (after ${WARMUP} s of warm-up), ${CONNECTIONS} connections, autocannon in-process`
  )
  const results = []
  for (const endpoint of list) results.push(await measure(endpoint, headers))

  printTable(results)
  fs.writeFileSync(resultsFile, JSON.stringify({ context, results }, null, 2))
  console.log(`\nResults written to ${path.relative(process.cwd(), resultsFile)}`)

  const failed = results.filter((result) => result.errors || result.timeouts || result.non2xx)
  if (failed.length) {
    throw new Error(`errors or non-2xx answers under load: ${failed.map((result) => `${result.name} ${JSON.stringify(result.statusCodes)}`).join("; ")}`)
  }
}

try {
  await main()
} catch (error) {
  console.error(`\nbench failed: ${error.message}`)
  process.exitCode = 1
} finally {
  await shutdown()
}
