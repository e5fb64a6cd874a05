import http from "node:http"
import https from "node:https"
import { safeLookup, urlShapeProblem, type UrlPolicy } from "./url-safety"

export const RESPONSE_EXCERPT_BYTES = 4096

export type SendOutcome = {
  status: number | null
  latency_ms: number
  response_excerpt: string | null
  retry_after: string | undefined
  error: string | null
}

// Keep-alive agents shared by every delivery: one TLS/TCP handshake per receiver, not per event.
const agents = { "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }), "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }) }

/**
 * POSTs one signed webhook and reads at most 4 KB of the answer. Never throws: a refused
 * address, a timeout or a network error is an outcome with `error` set.
 */
export function sendWebhookRequest(input: { url: string; headers: Record<string, string>; body: string; timeoutMs: number; policy: UrlPolicy }): Promise<SendOutcome> {
  const started = performance.now()
  const done = (partial: Partial<SendOutcome>): SendOutcome => ({
    status: null,
    response_excerpt: null,
    retry_after: undefined,
    error: null,
    ...partial,
    latency_ms: Math.round(performance.now() - started),
  })
  const problem = urlShapeProblem(input.url, input.policy)
  if (problem) return Promise.resolve(done({ error: `URL ${problem}` }))
  const url = new URL(input.url)
  const transport = url.protocol === "https:" ? https : http

  return new Promise((resolve) => {
    let settled = false
    const finish = (outcome: SendOutcome) => {
      if (!settled) {
        settled = true
        resolve(outcome)
      }
    }
    const request = transport.request(
      url,
      {
        method: "POST",
        agent: agents[url.protocol as "http:" | "https:"],
        headers: { ...input.headers, "content-length": Buffer.byteLength(input.body) },
        lookup: safeLookup(input.policy) as never,
        timeout: input.timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = []
        let size = 0
        const answer = () =>
          finish(
            done({
              status: response.statusCode ?? null,
              response_excerpt: Buffer.concat(chunks).subarray(0, RESPONSE_EXCERPT_BYTES).toString("utf8"),
              retry_after: response.headers["retry-after"],
            })
          )
        response.on("data", (chunk: Buffer) => {
          if (size < RESPONSE_EXCERPT_BYTES) chunks.push(chunk)
          size += chunk.length
          // Past the excerpt, the rest of a big answer is not worth waiting for.
          if (size >= RESPONSE_EXCERPT_BYTES) {
            answer()
            response.destroy()
          }
        })
        response.on("end", answer)
        response.on("error", answer)
      }
    )
    request.on("timeout", () => {
      request.destroy()
      finish(done({ error: `No answer within ${input.timeoutMs} ms` }))
    })
    request.on("error", (error: NodeJS.ErrnoException) => finish(done({ error: error.code ? `${error.code}: ${error.message}` : error.message })))
    request.end(input.body)
  })
}
