/**
 * Minimum basket per currency for promo codes. Medusa's promotion rules are ANDed, so
 * "20 € in EUR or 220 MAD in MAD" cannot be written as rules. Instead a promotion keeps its
 * minimums in `metadata.minimum_item_total` ({ eur: 20, mad: 220 }, tax included like the
 * prices) and one rule `{ attribute: "comptoir_minimum_met", operator: "in", values: [code] }`;
 * a hook on Medusa's cart-promotion workflow puts in that context attribute the codes whose
 * minimum the cart meets in its own currency. A currency without a minimum is not offered.
 */
export const MINIMUM_MET_ATTRIBUTE = "comptoir_minimum_met"

export type PromotionWithMinimums = { code?: string | null; metadata?: Record<string, unknown> | null }

/** The minimum in `currency` (lower-case), or undefined when the promotion is not offered in it; null when it has no minimums at all. */
export function minimumFor(promotion: PromotionWithMinimums, currency: string): number | undefined | null {
  const minimums = promotion.metadata?.minimum_item_total
  if (!minimums || typeof minimums !== "object") return null
  const value = (minimums as Record<string, unknown>)[currency.toLowerCase()]
  const amount = typeof value === "string" ? Number(value) : value
  return typeof amount === "number" && Number.isFinite(amount) ? amount : undefined
}

/** The codes among `promotions` whose minimum in the cart's currency its item total meets. */
export function codesMeetingMinimum(promotions: PromotionWithMinimums[], currency: string, itemTotal: number): string[] {
  return promotions
    .filter((promotion) => {
      const minimum = minimumFor(promotion, currency)
      return !!promotion.code && minimum != null && itemTotal >= minimum
    })
    .map((promotion) => promotion.code!)
}

/** Rules and metadata that give a promotion these minimums. */
export function minimumRules(code: string, minimums: Record<string, number>) {
  return {
    metadata: { minimum_item_total: Object.fromEntries(Object.entries(minimums).map(([currency, amount]) => [currency.toLowerCase(), amount])) },
    rules: [{ attribute: MINIMUM_MET_ATTRIBUTE, operator: "in" as const, values: [code] }],
  }
}
