// HTTP contract of an order's parcels, shared by the route and the storefront's order page.

/** A parcel sent for the order, with its tracking numbers (a link when the carrier gave one). */
export type StoreOrderParcel = {
  id: string
  shipped_at: string | null
  delivered_at: string | null
  tracking: { number: string; url: string | null }[]
}

/** `GET /store/orders/:id/tracking`: the signed-in customer's order's parcels sent so far. */
export type StoreOrderTrackingResponse = { parcels: StoreOrderParcel[] }
