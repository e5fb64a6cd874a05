import type { DealPrice } from "../../types/http/deal"

export type { DealPrice }

/** The calculated price Medusa's pricing returns on a variant (the fields we read). */
export type CalculatedPrice = {
  calculated_amount?: number | null
  original_amount?: number | null
  currency_code?: string | null
}

export type PricedVariant = { id: string; calculated_price?: CalculatedPrice | null }

/** Whole-number percentage off the original; 0 when there is no saving. */
export function discountPercent(original: number, calculated: number): number {
  if (!(original > 0) || !(calculated < original)) {
    return 0
  }
  return Math.round(((original - calculated) / original) * 100)
}

/** The deal price of one variant, or null when the variant has no price in this context. */
export function toDealPrice(variant: PricedVariant): DealPrice | null {
  const price = variant.calculated_price
  if (price?.calculated_amount == null || !price.currency_code) {
    return null
  }
  const calculated = Number(price.calculated_amount)
  const original = Math.max(Number(price.original_amount ?? calculated), calculated)
  return {
    currency_code: price.currency_code,
    original_amount: original,
    calculated_amount: calculated,
    discount_percent: discountPercent(original, calculated),
    variant_id: variant.id,
  }
}

/** The "from" price of a product: its cheapest priced variant. */
export function cheapestDealPrice(variants: PricedVariant[] | null | undefined): DealPrice | null {
  let best: DealPrice | null = null
  for (const variant of variants ?? []) {
    const price = toDealPrice(variant)
    if (price && (!best || price.calculated_amount < best.calculated_amount)) {
      best = price
    }
  }
  return best
}
