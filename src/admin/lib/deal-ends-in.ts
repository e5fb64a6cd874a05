import type { AdminDeal } from "./deal-types"

/** A unit the "ends in" column counts in, from the smallest to the largest. */
export type EndsInUnit = "minute" | "hour" | "day" | "month"

/** What the "ends in" column says about a deal: no end, over, or the time left. */
export type DealEndsIn =
  | { kind: "none" }
  | { kind: "ended" }
  | { kind: "remaining"; value: number; unit: EndsInUnit }

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** The time left before a deal ends, counted as `timeLeft` does. */
export function dealEndsIn(deal: Pick<AdminDeal, "ends_at" | "status">, now = new Date()): DealEndsIn {
  if (deal.status === "ended") {
    return { kind: "ended" }
  }
  if (!deal.ends_at) {
    return { kind: "none" }
  }
  const left = new Date(deal.ends_at).getTime() - now.getTime()
  if (Number.isNaN(left)) {
    return { kind: "none" }
  }
  // The status was computed when the list was loaded; the clock may have passed the end since.
  if (left <= 0) {
    return { kind: "ended" }
  }
  return { kind: "remaining", ...timeLeft(left) }
}

/**
 * A positive duration in milliseconds in the largest unit that still reads precisely ("3 days",
 * not "0 months"), rounded down so nothing looks further off than it is, and never 0 minutes.
 */
export function timeLeft(left: number): { value: number; unit: EndsInUnit } {
  if (left < HOUR) {
    return { value: Math.max(1, Math.floor(left / MINUTE)), unit: "minute" }
  }
  if (left < DAY) {
    return { value: Math.floor(left / HOUR), unit: "hour" }
  }
  if (left < 60 * DAY) {
    return { value: Math.floor(left / DAY), unit: "day" }
  }
  return { value: Math.floor(left / (30 * DAY)), unit: "month" }
}

/** Time left as the admin's language says it: "dans 3 j", "in 3 days". */
export function formatTimeLeft(value: number, unit: EndsInUnit, language: string): string {
  return new Intl.RelativeTimeFormat(language, { style: "short", numeric: "always" }).format(value, unit)
}
