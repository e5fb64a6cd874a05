// Load generation and reporting shared by both benchmark modes (autocannon, in-process).
import autocannon from "autocannon"

export const WARMUP = 2 // seconds per endpoint, not counted: JIT, connection pools, caches
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** GET with the given headers; fails loudly on anything but 200. */
export async function getJson(url, headers) {
  const response = await fetch(url, { headers })
  const body = await response.text()
  if (response.status !== 200) {
    throw new Error(`GET ${url} answered ${response.status}: ${body.slice(0, 500)}`)
  }
  return JSON.parse(body)
}

/**
 * A loader for one base URL. An endpoint is `{ name, path }`, optionally `url` (another
 * server) or `paths()` (a fresh path per request, to defeat caches).
 */
export function createLoader({ baseUrl, connections, duration }) {
  async function load(endpoint, headers, seconds) {
    const url = endpoint.url ?? baseUrl + endpoint.path
    const result = await autocannon({
      url,
      headers,
      connections,
      duration: seconds || WARMUP,
      ...(endpoint.paths && { requests: [{ setupRequest: (request) => ({ ...request, path: endpoint.paths() }) }] }),
      ...(seconds && { warmup: { connections, duration: WARMUP } }),
    })
    // autocannon drops the requests still in flight at its deadline, but the server keeps
    // serving them: let them finish so they load neither the next endpoint nor the shutdown.
    await sleep(Math.max(500, result.latency.max))
    return result
  }

  return {
    /** Only the warm-up of an endpoint. */
    warm: (endpoint, headers) => load(endpoint, headers, 0),
    async measure(endpoint, headers) {
      process.stdout.write(`  ${endpoint.name.padEnd(24)} ${endpoint.url ?? endpoint.path}\n`)
      const result = await load(endpoint, headers, duration)
      return {
        ...endpoint,
        paths: undefined,
        requestsPerSecond: result.requests.average,
        latencyMs: { average: result.latency.average, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
        requests: result.requests.total,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
      }
    },
  }
}

/** Prints rows of cells as an aligned table; the first column is left-aligned, numbers right. */
export function printTable(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)))
  const numeric = (cell) => /^[\d.,×%\s/-]+$/.test(String(cell))
  const line = (cells) =>
    cells.map((cell, column) => (column > 0 && numeric(cell) ? String(cell).padStart(widths[column]) : String(cell).padEnd(widths[column]))).join("  ")
  console.log(`\n${line(header)}\n${widths.map((width) => "-".repeat(width)).join("  ")}`)
  for (const row of rows) console.log(line(row))
}

/** Throws when any measured endpoint had errors, timeouts or non-2xx answers. */
export function assertClean(results) {
  const failed = results.filter((result) => result.errors || result.timeouts || result.non2xx)
  if (failed.length) {
    throw new Error(`errors or non-2xx answers under load: ${failed.map((result) => `${result.name} ${JSON.stringify(result.statusCodes)}`).join("; ")}`)
  }
}
