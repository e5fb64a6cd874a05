import type { StoreCart } from "@/types/medusa"

/** Codes the shopper applied; automatic promotions are left out (they cannot be removed). */
export const appliedCodes = (cart: Pick<StoreCart, "promotions">): string[] =>
  (cart.promotions ?? []).flatMap((promotion) => (promotion.code && !promotion.is_automatic ? [promotion.code] : []))
