/**
 * Promo codes from seed 002. Minimums are item totals, tax included, per currency: a code is
 * offered only in the currencies listed (PROMO5 takes 5 € off: EUR only).
 */
type SeedPromotion = {
  code: string
  type: "percentage" | "fixed"
  value: number
  /** Item total (tax included) from which the code applies, per currency it is offered in. */
  minimum: Record<string, number>
  limit: number | null
}

export const promotions: SeedPromotion[] = [
  { code: "BIENVENUE10", type: "percentage", value: 10, minimum: { eur: 20, mad: 220 }, limit: 100 },
  { code: "VIP20", type: "percentage", value: 20, minimum: { eur: 50, mad: 550 }, limit: 50 },
  { code: "PROMO5", type: "fixed", value: 5, minimum: { eur: 15 }, limit: null },
  { code: "FLASH50", type: "percentage", value: 50, minimum: { eur: 100, mad: 1100 }, limit: 10 },
]
