/**
 * Events of the deal capability.
 * - `deal.created`, `deal.updated`, `deal.deleted`: `{ id: string }` (the deal id).
 * - `deal.listing.products_changed`: `{ product_ids: string[] }` — products whose sales
 *   channels or categories were changed by a Medusa batch route that emits no event of its
 *   own; the listing projects them again.
 * - `deal.listing.refreshed`: `{ product_ids: string[] }` — these products' listing rows were
 *   projected again (or removed) and saved; emitted once the projection is committed.
 * - `deal.bought_counts.changed`: `{ product_ids: string[] }` — an order placed or canceled
 *   changed these products' deals' "N bought"; emitted once the counters are committed.
 */
export const DealEvents = {
  CREATED: "deal.created",
  UPDATED: "deal.updated",
  DELETED: "deal.deleted",
  LISTING_PRODUCTS_CHANGED: "deal.listing.products_changed",
  LISTING_REFRESHED: "deal.listing.refreshed",
  BOUGHT_COUNTS_CHANGED: "deal.bought_counts.changed",
} as const
