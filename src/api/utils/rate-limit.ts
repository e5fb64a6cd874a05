import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible"

type Limit = { points: number; duration: number; keyPrefix: string }

/**
 * Limits a route per key (`keyOf(req)`): `points` requests per `duration` seconds, then a 429
 * with Retry-After. A request without a key passes (the route itself refuses it). In memory,
 * per process: behind several server processes each counts on its own (a Redis store would
 * share the count).
 */
export function rateLimit({ keyOf, ...limit }: Limit & { keyOf: (req: MedusaRequest) => string | undefined }) {
  const limiter = new RateLimiterMemory(limit)
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const key = keyOf(req)
    if (!key) return next()
    try {
      await limiter.consume(key)
      next()
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) return next(refusal)
      const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
      res.set("Retry-After", String(seconds)).status(429).json({
        type: "too_many_requests",
        message: `Too many requests: try again in ${seconds} s`,
      })
    }
  }
}

/** Limits a public route per client IP. */
export const rateLimitPerIp = (limit: Limit) => rateLimit({ ...limit, keyOf: (req) => req.ip ?? "unknown" })
