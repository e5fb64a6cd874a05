import type { PromoCodeRefusal, StorePromoCode } from "../../types/http/promotion"
import { minimumFor, type PromotionWithMinimums } from "./minimums"

export type PromotionForVerdict = PromotionWithMinimums & {
  code: string
  status?: string | null
  limit?: number | null
  used?: number | null
  campaign?: { starts_at?: Date | string | null; ends_at?: Date | string | null } | null
}

/**
 * Why a promo code does or does not apply to a cart, in the order a shopper can act on:
 * unknown, not active, not started, expired, used up, not offered in this currency, below the
 * minimum (with the amount to reach). `applied` says whether Medusa applied it to the cart.
 */
export function promoCodeVerdict(
  code: string,
  promotion: PromotionForVerdict | undefined,
  cart: { currency_code: string; item_total: number; applied: boolean },
  now = new Date()
): StorePromoCode {
  const refuse = (reason: PromoCodeRefusal, extra: Partial<StorePromoCode> = {}): StorePromoCode => ({ code, applicable: false, reason, ...extra })
  if (!promotion) return refuse("unknown")
  if (promotion.status && promotion.status !== "active") return refuse("inactive")
  const startsAt = promotion.campaign?.starts_at ? new Date(promotion.campaign.starts_at) : null
  const endsAt = promotion.campaign?.ends_at ? new Date(promotion.campaign.ends_at) : null
  if (startsAt && startsAt > now) return refuse("not_started")
  if (endsAt && endsAt < now) return refuse("expired")
  if (promotion.limit != null && (promotion.used ?? 0) >= promotion.limit) return refuse("exhausted")
  const minimum = minimumFor(promotion, cart.currency_code)
  if (minimum === undefined) return refuse("currency", { currency_code: cart.currency_code.toLowerCase() })
  if (minimum != null && cart.item_total < minimum) {
    return refuse("minimum", { minimum: { amount: minimum, currency_code: cart.currency_code.toLowerCase() } })
  }
  return cart.applied ? { code, applicable: true, reason: null } : refuse("not_applicable")
}
