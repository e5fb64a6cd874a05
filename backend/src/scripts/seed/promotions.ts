/** Promo codes from seed 002: minimum amounts apply to EUR carts' item totals. */
export const promotions = [
  { code: "BIENVENUE10", type: "percentage" as const, value: 10, minimum: 20, limit: 100 },
  { code: "VIP20", type: "percentage" as const, value: 20, minimum: 50, limit: 50 },
  { code: "PROMO5", type: "fixed" as const, value: 5, minimum: 15, limit: null },
  { code: "FLASH50", type: "percentage" as const, value: 50, minimum: 100, limit: 10 },
]
