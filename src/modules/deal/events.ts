/**
 * Events of the deal capability. Payload of each: `{ id: string }` (the deal id).
 */
export const DealEvents = {
  CREATED: "deal.created",
  UPDATED: "deal.updated",
  DELETED: "deal.deleted",
} as const
