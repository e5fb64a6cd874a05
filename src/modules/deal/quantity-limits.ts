import { MedusaError } from "@medusajs/framework/utils"

export type DealQuantityLimit = { product_id: string; title: string; min_quantity: number; max_quantity: number | null }

/**
 * Checks the units of each deal product a cart would hold against the deal's per-order
 * limits. A product whose units drop to 0 (line removed) is always allowed.
 */
export function assertDealQuantities(unitsByProduct: Map<string, number>, limits: DealQuantityLimit[]) {
  for (const limit of limits) {
    const units = unitsByProduct.get(limit.product_id) ?? 0
    if (units === 0) {
      continue
    }
    if (limit.max_quantity != null && units > limit.max_quantity) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `"${limit.title}" is limited to ${limit.max_quantity} per order (the cart would hold ${units})`
      )
    }
    if (units < limit.min_quantity) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `"${limit.title}" must be bought by ${limit.min_quantity} at least (the cart would hold ${units})`
      )
    }
  }
}
