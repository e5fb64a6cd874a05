// HTTP contract of promo code verdicts, shared by the route and the storefront.

/** Why a code does not apply; the storefront words each one in the shopper's language. */
export type PromoCodeRefusal =
  | "unknown"
  | "inactive"
  | "not_started"
  | "expired"
  | "exhausted"
  | "currency"
  | "minimum"
  | "not_applicable"

/** Whether a promo code applies to a cart, and if not, why. */
export type StorePromoCode = {
  code: string
  applicable: boolean
  reason: PromoCodeRefusal | null
  /** For `minimum`: the item total (tax included) the cart must reach, in its currency. */
  minimum?: { amount: number; currency_code: string }
  /** For `currency`: the cart's currency, in which the code is not offered. */
  currency_code?: string
}

export type StorePromoCodeResponse = { promo_code: StorePromoCode }
