// Load benchmark of the store API. Default mode: the plugin's deal routes against Medusa's
// own product routes on the seeded catalog. `--scale`: the listing as the catalogue grows
// (bench/scale.mjs). Fresh database, built backend (production mode), loopback only.
import fs from "node:fs"
import path from "node:path"
import { dataDir } from "../scripts/lib/paths.mjs"
import { assertClean, createLoader, getJson, printTable, WARMUP } from "./lib/load.mjs"
import { machineContext, shutdown, startBenchStore } from "./lib/store.mjs"

const PORT = Number(process.env.BENCH_BACKEND_PORT || 9200)
const DURATION = Number(process.env.BENCH_DURATION || 10) // seconds measured per endpoint
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10)
const DEAL_HANDLE = "spa-hammam-marrakech-paris"

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

async function compare() {
  const context = { ...machineContext(), durationSeconds: DURATION, warmupSeconds: WARMUP, connections: CONNECTIONS }
  const { backendUrl, headers, region } = await startBenchStore({ port: PORT, database: "comptoir_bench" })
  const loader = createLoader({ baseUrl: backendUrl, connections: CONNECTIONS, duration: DURATION })

  // One 200 each before loading them: a broken route would otherwise just look fast.
  const list = endpoints(region.id)
  for (const endpoint of list) {
    const body = await getJson(backendUrl + endpoint.path, headers)
    const found = body.deals?.length ?? (body.deal ? 1 : body.products?.length)
    if (!found) throw new Error(`GET ${endpoint.path} answered 200 but found nothing`)
  }

  // A fresh backend is much slower for its first seconds (JIT, pool connections, PostgreSQL
  // caches): one warm-up round over every endpoint, so the first measured is not penalised.
  console.log(`\nWarming up (${WARMUP} s per endpoint)`)
  for (const endpoint of list) await loader.warm(endpoint, headers)

  console.log(
    `Machine: ${context.cpus}, Node ${context.node}, load average at start ${context.loadAverageAtStart}\n` +
      `Measuring ${DURATION} s per endpoint (after ${WARMUP} s of warm-up), ${CONNECTIONS} connections, autocannon in-process`
  )
  const results = []
  for (const endpoint of list) results.push(await loader.measure(endpoint, headers))

  const byName = new Map(results.map((result) => [result.name, result]))
  printTable(
    ["endpoint", "req/s", "p50 ms", "p99 ms", "err/non2xx", "vs Medusa"],
    results.map((result) => {
      const baseline = byName.get(result.baseline)
      return [
        result.name,
        result.requestsPerSecond.toFixed(1),
        result.latencyMs.p50,
        result.latencyMs.p99,
        `${result.errors + result.timeouts}/${result.non2xx}`,
        baseline ? `${(result.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}× ${result.baseline}` : "(baseline)",
      ]
    })
  )
  const resultsFile = path.join(dataDir, "bench-results.json")
  fs.writeFileSync(resultsFile, JSON.stringify({ context, results }, null, 2))
  console.log(`\nResults written to ${path.relative(process.cwd(), resultsFile)}`)
  assertClean(results)
}

try {
  if (process.argv.includes("--scale")) {
    const { scale } = await import("./scale.mjs")
    await scale({ port: PORT, duration: DURATION, connections: CONNECTIONS })
  } else {
    await compare()
  }
} catch (error) {
  console.error(`\nbench failed: ${error.message}`)
  process.exitCode = 1
} finally {
  await shutdown()
}
