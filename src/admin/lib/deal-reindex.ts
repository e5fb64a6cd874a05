import type { AdminDealReindexStatus } from "./deal-types"

/** How far a listing rebuild has gone, 0 to 100; null while its total is not known yet. */
export function reindexPercent(status: Pick<AdminDealReindexStatus, "processed" | "total">): number | null {
  if (status.total <= 0) {
    return null
  }
  return Math.min(100, Math.max(0, Math.round((status.processed / status.total) * 100)))
}
