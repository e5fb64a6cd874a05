const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

/**
 * Wait before each attempt: the first is immediate, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and
 * 10 h (8 attempts over about 27 hours), as Standard Webhooks senders commonly do.
 */
export const RETRY_SCHEDULE_MS = [0, 5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR]
export const MAX_ATTEMPTS = RETRY_SCHEDULE_MS.length
/** Retry-After is honoured up to the longest wait of the schedule. */
const MAX_RETRY_AFTER_MS = 10 * HOUR

/**
 * The wait before the next attempt once `attemptsMade` attempts failed, with ±10 % jitter so
 * that many deliveries failing together do not come back together; null when none is left.
 */
export function nextRetryDelay(attemptsMade: number, random: () => number = Math.random): number | null {
  if (attemptsMade >= MAX_ATTEMPTS) return null
  const base = RETRY_SCHEDULE_MS[attemptsMade]
  return Math.round(base * (0.9 + 0.2 * random()))
}

/** A `Retry-After` header (seconds or an HTTP date) as a wait in ms, or null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | null {
  if (!value) return null
  const trimmed = value.trim()
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * SECOND : Date.parse(trimmed) - now
  if (!Number.isFinite(ms)) return null
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms))
}
