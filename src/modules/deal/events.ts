/**
 * Events of the deal capability.
 * - `deal.created`, `deal.updated`, `deal.deleted`: `{ id: string }` (the deal id).
 * - `deal.listing.products_changed`: `{ product_ids: string[] }` — products whose sales
 *   channels or categories were changed by a Medusa batch route that emits no event of its
 *   own; the listing projects them again.
 */
export const DealEvents = {
  CREATED: "deal.created",
  UPDATED: "deal.updated",
  DELETED: "deal.deleted",
  LISTING_PRODUCTS_CHANGED: "deal.listing.products_changed",
} as const
