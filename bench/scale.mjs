// Scale mode (`npm run bench -- --scale`): grows the catalogue through the Admin API to each
// size of BENCH_SIZES and, at each size, loads the deal listing beside Medusa's own routes and
// a bare node:http handler, all in the same run. Prints req/s, p50, p99, the ratios and the
// issue's goals (10 connections, largest size).
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { dataDir } from "../scripts/lib/paths.mjs"
import { startService, waitForHttp } from "../scripts/lib/processes.mjs"
import { adminClient, catalogueContext, growCatalogue } from "./lib/grow-catalogue.mjs"
import { assertClean, createLoader, getJson, printTable, WARMUP } from "./lib/load.mjs"
import { ADMIN, machineContext, startBenchStore } from "./lib/store.mjs"

const SIZES = (process.env.BENCH_SIZES || "100,1000,10000").split(",").map(Number)
const BARE_PORT = Number(process.env.BENCH_BARE_PORT || 9201)
const SEARCH = "massage"
const here = path.dirname(fileURLToPath(import.meta.url))

const endpoints = (region, bareUrl) => {
  const deals = `/store/deals?region_id=${region}`
  return [
    { name: "bare node:http", url: bareUrl },
    { name: "Medusa /store/regions", path: "/store/regions" },
    { name: "Medusa /store/products", path: `/store/products?region_id=${region}&limit=12&fields=id,title,handle,thumbnail,*variants.calculated_price` },
    { name: "deals default", path: deals },
    { name: "deals price_asc", path: `${deals}&sort=price_asc` },
    { name: "deals q + facets", path: `${deals}&q=${SEARCH}&facets=true` },
    // A price floor that differs on every request: the count and facets are never cached.
    {
      name: "deals q + facets, uncached",
      path: `${deals}&q=${SEARCH}&facets=true&min_price=<random>`,
      paths: () => `${deals}&q=${SEARCH}&facets=true&min_price=${(Math.random() * 20).toFixed(4)}`,
    },
  ]
}

/** Polls the store until the listing counts `expected` live deals. */
async function waitForListing(backendUrl, headers, expected, timeoutMs = 15 * 60_000) {
  const deadline = Date.now() + timeoutMs
  let count
  while (Date.now() < deadline) {
    ;({ count } = await getJson(`${backendUrl}/store/deals?limit=1`, headers))
    if (count === expected) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the listing shows ${count} live deals, ${expected} expected, after ${timeoutMs / 1000} s`)
}

/** Total and idle CPU ticks of the machine, from /proc/stat (Linux). */
function cpuTicks() {
  const fields = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number)
  return { total: fields.reduce((sum, value) => sum + value, 0), idle: fields[3] + fields[4] }
}

/**
 * Waits until the machine is quiet (under 10 % busy over 2 s): events from the growth are
 * still being processed by the backend after the listing is complete (prices, searches), and
 * would otherwise be measured with the first endpoint.
 */
async function waitForQuiet(timeoutMs = 10 * 60_000) {
  if (!fs.existsSync("/proc/stat")) return new Promise((resolve) => setTimeout(resolve, 10_000))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const before = cpuTicks()
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const after = cpuTicks()
    const busy = 1 - (after.idle - before.idle) / Math.max(1, after.total - before.total)
    if (busy < 0.1) return
  }
  console.log("  the machine did not become quiet: figures may be skewed")
}

const ratio = (a, b) => (b ? a / b : 0)
const percent = (value) => `${Math.round(value * 100)} %`

function printGoals(bySize) {
  const sizes = [...bySize.keys()]
  const largest = bySize.get(sizes.at(-1))
  const smallest = bySize.get(sizes[0])
  const rps = (results, name) => results.find((result) => result.name === name).requestsPerSecond
  const regions = rps(largest, "Medusa /store/regions")
  const goals = [
    ["default listing ≥ 70 % of /store/regions", ratio(rps(largest, "deals default"), regions), 0.7],
    ["price sort ≥ 50 % of /store/regions", ratio(rps(largest, "deals price_asc"), regions), 0.5],
    ["search + facets ≥ 50 % of /store/regions", ratio(rps(largest, "deals q + facets"), regions), 0.5],
    ["search + facets uncached ≥ 50 % of /store/regions", ratio(rps(largest, "deals q + facets, uncached"), regions), 0.5],
    ["default listing ≥ 10× /store/products", ratio(rps(largest, "deals default"), rps(largest, "Medusa /store/products")), 10],
  ]
  if (sizes.length > 1) {
    goals.push([`default listing at ${sizes.at(-1)} ≥ 75 % of at ${sizes[0]}`, ratio(rps(largest, "deals default"), rps(smallest, "deals default")), 0.75])
  }
  console.log(`\nGoals at ${sizes.at(-1)} deals`)
  printTable(
    ["goal", "measured", "met"],
    goals.map(([goal, value, target]) => [goal, target > 1 ? `${value.toFixed(1)}×` : percent(value), value >= target ? "yes" : "NO"])
  )
  return goals.map(([goal, value, target]) => ({ goal, value, target, met: value >= target }))
}

export async function scale({ port, duration, connections }) {
  const context = { ...machineContext(), sizes: SIZES, durationSeconds: duration, warmupSeconds: WARMUP, connections }
  const reuse = process.env.BENCH_REUSE === "1"
  const { backendUrl, headers, region } = await startBenchStore({ port, database: "comptoir_bench_scale", admin: true, reuse })
  const admin = await adminClient(backendUrl, ADMIN)
  const catalogue = await catalogueContext(admin)
  const loader = createLoader({ baseUrl: backendUrl, connections, duration })

  let deals = (await admin.get("/admin/deals?limit=1&fields=id")).count
  // A reused catalogue is measured at the size it has.
  const sizes = reuse ? [deals] : SIZES
  context.sizes = sizes
  let live = (await getJson(`${backendUrl}/store/deals?limit=1`, headers)).count
  let generatedCount = 0
  let bareUrl
  const bySize = new Map()
  const growth = []
  for (const size of sizes) {
    const started = Date.now()
    const adding = Math.max(0, size - deals)
    console.log(`\nGrowing the catalogue to ${size} deals (+${adding} through the Admin API)`)
    const grown = await growCatalogue(admin, catalogue, {
      from: generatedCount,
      to: generatedCount + adding,
      onProgress: (done) => process.stdout.write(`\r  ${done - generatedCount}/${adding} products with their deal`),
    })
    live += grown.live
    const createdSeconds = (Date.now() - started) / 1000
    generatedCount += adding
    deals += adding
    await waitForListing(backendUrl, headers, live)
    const listedSeconds = (Date.now() - started) / 1000
    await waitForQuiet()
    const quietSeconds = (Date.now() - started) / 1000
    growth.push({ size, added: adding, createdSeconds, listedSeconds, quietSeconds, callSeconds: grown.seconds })
    console.log(`\n  created in ${createdSeconds.toFixed(0)} s; all ${live} live deals listed after ${listedSeconds.toFixed(0)} s, quiet after ${quietSeconds.toFixed(0)} s`)

    if (!bareUrl) {
      // The bare handler sends a real page of the listing, so both move the same bytes.
      const bodyFile = path.join(dataDir, "bench-bare-body.json")
      fs.writeFileSync(bodyFile, JSON.stringify(await getJson(`${backendUrl}/store/deals?region_id=${region.id}`, headers)))
      startService("bare", process.execPath, [path.join(here, "lib/bare-server.mjs"), String(BARE_PORT), bodyFile])
      bareUrl = `http://localhost:${BARE_PORT}/`
      await waitForHttp(bareUrl)
    }
    const list = endpoints(region.id, bareUrl)
    for (const endpoint of list) {
      const body = await getJson(endpoint.url ?? backendUrl + (endpoint.paths?.() ?? endpoint.path), headers)
      if (!(body.deals?.length || body.products?.length || body.regions?.length)) throw new Error(`${endpoint.name} answered 200 but found nothing`)
    }
    console.log(`Warming up (${WARMUP} s per endpoint), then ${duration} s each, ${connections} connections`)
    for (const endpoint of list) await loader.warm(endpoint, headers)
    const results = []
    for (const endpoint of list) results.push(await loader.measure(endpoint, headers))
    bySize.set(size, results)
    assertClean(results)
  }

  console.log(`\nMachine: ${context.cpus}, Node ${context.node}, load average at start ${context.loadAverageAtStart}`)
  printTable(
    ["deals", "added", "products s", "prices s", "deals s", "all listed s", "quiet s"],
    growth.map((row) => [
      row.size,
      row.added,
      row.callSeconds.products.toFixed(0),
      row.callSeconds.prices.toFixed(0),
      row.callSeconds.deals.toFixed(0),
      row.listedSeconds.toFixed(0),
      row.quietSeconds.toFixed(0),
    ])
  )
  printTable(
    ["deals", "endpoint", "req/s", "p50 ms", "p99 ms", "vs regions", "vs products"],
    [...bySize].flatMap(([size, results]) => {
      const regions = results.find((result) => result.name === "Medusa /store/regions").requestsPerSecond
      const products = results.find((result) => result.name === "Medusa /store/products").requestsPerSecond
      return results.map((result) => [
        size,
        result.name,
        result.requestsPerSecond.toFixed(1),
        result.latencyMs.p50,
        result.latencyMs.p99,
        percent(ratio(result.requestsPerSecond, regions)),
        `${ratio(result.requestsPerSecond, products).toFixed(1)}×`,
      ])
    })
  )
  const goals = printGoals(bySize)
  const resultsFile = path.join(dataDir, "bench-scale-results.json")
  fs.writeFileSync(resultsFile, JSON.stringify({ context, growth, results: Object.fromEntries(bySize), goals }, null, 2))
  console.log(`\nResults written to ${path.relative(process.cwd(), resultsFile)}`)
}
