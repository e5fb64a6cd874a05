import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminDeal, DealStatus } from "../../../types/http/deal"

// The status is computed from these: they are always read, whatever `fields` asks for.
const STATUS_FIELDS = ["starts_at", "ends_at"]

/** Where a deal stands at `now`. */
export function dealStatus(deal: { starts_at?: Date | string | null; ends_at?: Date | string | null }, now = new Date()): DealStatus {
  if (deal.starts_at && new Date(deal.starts_at) > now) return "scheduled"
  if (deal.ends_at && new Date(deal.ends_at) <= now) return "ended"
  return "live"
}

/** query.graph filters selecting deals in any of these statuses at `now`. */
export function statusFilters(statuses: DealStatus[], now = new Date()) {
  const byStatus: Record<DealStatus, Record<string, unknown>> = {
    scheduled: { starts_at: { $gt: now } },
    live: {
      $and: [{ $or: [{ starts_at: null }, { starts_at: { $lte: now } }] }, { $or: [{ ends_at: null }, { ends_at: { $gt: now } }] }],
    },
    ended: { ends_at: { $lte: now } },
  }
  return { $or: statuses.map((status) => byStatus[status]) }
}

/** The fields to read: the requested ones plus what the status needs. */
export const withStatusFields = (fields: string[]) => [...new Set([...fields, ...STATUS_FIELDS])]

/** Adds the computed status to a deal record. */
export const withStatus = <T extends Record<string, unknown>>(deal: T) =>
  ({ ...deal, status: dealStatus(deal as { starts_at?: string | null; ends_at?: string | null }) }) as unknown as AdminDeal

/** Reads one deal with the requested fields (and its status), or fails with a 404 naming it. */
export async function refetchDeal(scope: MedusaContainer, id: string, fields: string[]): Promise<AdminDeal> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "deal", fields: withStatusFields(fields), filters: { id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Deal with id: ${id} was not found`)
  }
  return withStatus(data[0])
}
