import http from "node:http"
import pg from "pg"
import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible"
import { toPublicLicense } from "../licensing/public-license"
import { LicenseValidate } from "../licensing/validate-request"
import { validateLicenseKey } from "../licensing/validate-license-key"
import { parseLicenseOptions } from "../options"

const MAX_BODY_BYTES = 4096
const perMinute = (name: string, fallback: number) => Number(process.env[name] || fallback)

type Knex = { client?: { config?: { connection?: string | Record<string, unknown> } } }

/** `?` placeholders (the module's style) as PostgreSQL's `$1, $2…`. */
const dollarPlaceholders = (query: string) => {
  let index = 0
  return query.replace(/\?/g, () => `$${++index}`)
}

/**
 * The license validation fast path (plugin option `licenses.fast_path_port`): a bare node:http
 * listener answering `POST /licenses/validate` exactly as Medusa's route does — same body
 * schema, same lookup, same rate limits, same answer — without Medusa's HTTP stack, whose fixed
 * cost per request is most of the route's. Not on worker-only processes.
 */
export default async function licenseFastPathLoader({ container, options }: LoaderOptions) {
  const port = parseLicenseOptions(options).fast_path_port
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE, { allowUnregistered: true }) as { projectConfig?: { workerMode?: string } } | undefined
  if (!port || config?.projectConfig?.workerMode === "worker") return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // A small pool of its own, on Medusa's connection settings: pg directly, not knex's query builder.
  const connection = (container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex).client?.config?.connection
  const pool = new pg.Pool({ ...(typeof connection === "string" ? { connectionString: connection } : connection), max: 10 })
  pool.on("error", (error) => logger.warn(`License fast path database: ${error.message}`))
  const sql = async <T>(query: string, params: unknown[] = []) => (await pool.query(dollarPlaceholders(query), params)).rows as T[]
  const perIp = new RateLimiterMemory({ points: perMinute("LICENSE_API_RATE_PER_IP", 300), duration: 60, keyPrefix: "fast-validate:ip" })
  const perKey = new RateLimiterMemory({ points: perMinute("LICENSE_API_RATE_PER_KEY", 60), duration: 60, keyPrefix: "fast-validate:key" })

  const answer = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers }).end(JSON.stringify(body))

  const server = http.createServer((req, res) => {
    if (req.method !== "POST" || req.url?.split("?")[0] !== "/licenses/validate") {
      return answer(res, 404, { type: "not_found", message: "Only POST /licenses/validate is served here" })
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) req.destroy()
      else chunks.push(chunk)
    })
    req.on("end", async () => {
      try {
        let body: unknown
        try {
          body = JSON.parse(Buffer.concat(chunks).toString("utf8"))
        } catch {
          return answer(res, 400, { type: "invalid_data", message: "The body must be JSON" })
        }
        const ip = req.socket.remoteAddress ?? "unknown"
        const parsed = LicenseValidate.safeParse(body)
        try {
          await perIp.consume(ip)
          if (parsed.success) await perKey.consume(parsed.data.key.slice(0, 100))
        } catch (refusal) {
          if (!(refusal instanceof RateLimiterRes)) throw refusal
          const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
          return answer(res, 429, { type: "too_many_requests", message: `Too many requests: try again in ${seconds} s` }, { "retry-after": String(seconds) })
        }
        if (!parsed.success) {
          const message = parsed.error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ")
          return answer(res, 400, { type: "invalid_data", message: `Invalid request: ${message}` })
        }
        const { license, ...verdict } = await validateLicenseKey(sql, { ...parsed.data, now: new Date(Date.now()) })
        answer(res, 200, { ...verdict, license: license ? toPublicLicense(license) : null })
      } catch (error) {
        logger.warn(`License fast path: ${(error as Error).message}`)
        answer(res, 500, { type: "unknown_error", message: "An unknown error occurred." })
      }
    })
  })
  server.keepAliveTimeout = 30_000
  server.on("error", (error: NodeJS.ErrnoException) => logger.warn(`License fast path not started on port ${port}: ${error.code ?? error.message}`))
  server.listen(port, () => logger.info(`License fast path: POST http://localhost:${port}/licenses/validate`))
  // Never what keeps a process alive (seed scripts, migrations exit as usual).
  server.unref()
}
