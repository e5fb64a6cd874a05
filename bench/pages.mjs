// `npm run bench:pages`: Lighthouse (mobile, simulated throttling) on the production storefront
// for the home, listing and deal pages, against the seeded store on its own ports. A benchmark,
// not a test: it prints the scores and the goals, and saves each report under .data/.
import { execFile } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { promisify } from "node:util"
import { dataDir } from "../scripts/lib/paths.mjs"
import { startStorefront } from "../scripts/lib/stack.mjs"
import { printTable } from "./lib/load.mjs"
import { machineContext, shutdown, startBenchStore } from "./lib/store.mjs"

const BACKEND_PORT = Number(process.env.BENCH_BACKEND_PORT || 9200)
const STOREFRONT_PORT = Number(process.env.BENCH_STOREFRONT_PORT || 8200)
const RUNS = Number(process.env.BENCH_PAGES_RUNS || 3)
const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium"
// Pinned; fetched by npx on first use, so the store's own install stays free of it.
const LIGHTHOUSE = "lighthouse@12.8.2"

const DEAL = "/fr/deals/spa-hammam-marrakech-paris"
const PAGES = [
  { name: "home", path: "/fr" },
  { name: "listing", path: "/fr/deals" },
  { name: "deal page", path: DEAL },
  // The baseline of the same run: the deal page's HTML and CSS alone (its scripts blocked), i.e.
  // what this machine scores before React and Next's runtime hydrate the page.
  { name: "deal page, no JS", path: DEAL, extraArgs: ["--blocked-url-patterns=*.js"] },
]

/** The goals: scores out of 100, LCP in seconds, TBT in milliseconds. */
const GOALS = { performance: 95, accessibility: 98, "best-practices": 100, seo: 100, lcp: 1.5, cls: 0.05, tbt: 100 }

const run = promisify(execFile)
const reportDir = path.join(dataDir, "lighthouse")

async function lighthouse(url, file, extraArgs = []) {
  await run(
    "npx",
    [
      "--yes",
      LIGHTHOUSE,
      url,
      "--quiet",
      "--output=json",
      `--output-path=${file}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      ...extraArgs,
    ],
    { env: { ...process.env, CHROME_PATH }, maxBuffer: 64 * 1024 * 1024 }
  )
  const report = JSON.parse(fs.readFileSync(file, "utf8"))
  const score = (category) => Math.round(report.categories[category].score * 100)
  const audit = (id) => report.audits[id].numericValue
  const failing = Object.values(report.categories)
    .filter((category) => category.id !== "performance")
    .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1))
    .map((ref) => ref.id)
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    lcp: audit("largest-contentful-paint") / 1000,
    cls: audit("cumulative-layout-shift"),
    tbt: audit("total-blocking-time"),
    fcp: audit("first-contentful-paint") / 1000,
    failing,
  }
}

const median = (runs) => [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]

const mark = (ok) => (ok ? "" : " ✗")

try {
  if (!fs.existsSync(CHROME_PATH)) throw new Error(`Chromium not found at ${CHROME_PATH}: install it or set CHROME_PATH`)
  const context = machineContext()
  const { backendUrl, storefrontEnv } = await startBenchStore({ port: BACKEND_PORT, database: "comptoir_bench_pages", storefront: true })
  const storefrontUrl = await startStorefront({
    port: STOREFRONT_PORT,
    // Its canonical URLs on its own address: Lighthouse checks them.
    env: { ...storefrontEnv, MEDUSA_BACKEND_URL: backendUrl, NEXT_PUBLIC_BASE_URL: `http://localhost:${STOREFRONT_PORT}` },
  })
  fs.mkdirSync(reportDir, { recursive: true })

  // Each page twice first: Lighthouse measures what visitors get, a page from Next's cache.
  for (const page of PAGES) {
    for (let i = 0; i < 2; i++) await (await fetch(storefrontUrl + page.path)).text()
  }
  console.log(`\n${LIGHTHOUSE}, mobile, ${RUNS} run(s) per page (median by performance); ${context.cpus}, Node ${context.node}, load ${context.loadAverageAtStart}`)
  const rows = []
  const failing = new Set()
  for (const page of PAGES) {
    const runs = []
    for (let i = 0; i < RUNS; i++) {
      const file = path.join(reportDir, `${page.name.replace(/\W+/g, "-")}-${i + 1}.json`)
      runs.push(await lighthouse(storefrontUrl + page.path, file, page.extraArgs))
    }
    const result = median(runs)
    result.failing.forEach((id) => failing.add(`${page.name}: ${id}`))
    rows.push([
      page.name,
      `${result.performance}${mark(result.performance >= GOALS.performance)}`,
      `${result.accessibility}${mark(result.accessibility >= GOALS.accessibility)}`,
      `${result["best-practices"]}${mark(result["best-practices"] >= GOALS["best-practices"])}`,
      `${result.seo}${mark(result.seo >= GOALS.seo)}`,
      result.fcp.toFixed(2),
      `${result.lcp.toFixed(2)}${mark(result.lcp <= GOALS.lcp)}`,
      `${result.cls.toFixed(3)}${mark(result.cls <= GOALS.cls)}`,
      `${Math.round(result.tbt)}${mark(result.tbt <= GOALS.tbt)}`,
    ])
  }
  printTable(["page", "perf", "a11y", "best pr.", "SEO", "FCP s", "LCP s", "CLS", "TBT ms"], rows)
  console.log(`goals: perf ≥ ${GOALS.performance}, a11y ≥ ${GOALS.accessibility}, best practices ${GOALS["best-practices"]}, SEO ${GOALS.seo}, LCP ≤ ${GOALS.lcp} s, CLS ≤ ${GOALS.cls}, TBT ≤ ${GOALS.tbt} ms (✗: missed)`)
  if (failing.size) console.log(`audits not passed (accessibility, best practices, SEO):\n  ${[...failing].join("\n  ")}`)
  console.log(`reports: ${path.relative(process.cwd(), reportDir)}/`)
  if (process.argv.includes("--keep")) {
    console.log(`\n--keep: the stack stays up for investigation (${storefrontUrl}); Ctrl-C stops it.`)
    await new Promise(() => {})
  }
} catch (error) {
  console.error(error.message)
  process.exitCode = 1
} finally {
  await shutdown()
}
