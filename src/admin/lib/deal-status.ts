import type { Deal } from "./deal-types"

/** Where a deal stands in its schedule; a deal without dates is always active. */
export type DealSchedule = "scheduled" | "active" | "ended"

/** The schedule state of a deal at `now`. */
export function dealSchedule(deal: Pick<Deal, "starts_at" | "ends_at">, now = new Date()): DealSchedule {
  if (deal.starts_at && new Date(deal.starts_at) > now) {
    return "scheduled"
  }
  if (deal.ends_at && new Date(deal.ends_at) <= now) {
    return "ended"
  }
  return "active"
}
