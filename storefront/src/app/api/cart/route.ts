import { retrieveCart } from "@/lib/data/cart"
import type { CartSummary } from "@/lib/util/cart-events"

/**
 * The visitor's cart size, for the header of cached pages: they are the same for everyone,
 * so the one per-visitor number is asked for by the browser.
 */
export async function GET() {
  const cart = await retrieveCart()
  const count = cart?.items?.reduce((sum, item) => sum + item.quantity, 0) ?? 0
  return Response.json({ count } satisfies CartSummary, { headers: { "cache-control": "private, no-store" } })
}
