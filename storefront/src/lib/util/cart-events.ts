/** Dispatched on `window` after the visitor's cart changed, so the header's count reloads. */
export const CART_CHANGED_EVENT = "comptoir:cart-changed"

/** The shape of GET /api/cart. */
export type CartSummary = { count: number }

/** Tells the header (and anything else listening) that the cart changed. */
export const notifyCartChanged = () => window.dispatchEvent(new Event(CART_CHANGED_EVENT))
