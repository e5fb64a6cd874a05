import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible"

/**
 * Limits a public route per client IP: `points` requests per `duration` seconds, then a 429
 * with Retry-After. In memory, per process: behind several server processes each counts on
 * its own (a Redis store would share the count).
 */
export function rateLimitPerIp({ points, duration, keyPrefix }: { points: number; duration: number; keyPrefix: string }) {
  const limiter = new RateLimiterMemory({ points, duration, keyPrefix })
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      await limiter.consume(req.ip ?? "unknown")
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
