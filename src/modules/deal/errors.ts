import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa maps a unique-index violation to a generic 400 "… already exists"; the deal
 * indexes have precise meanings, so say them: one deal per product (422) and one deal
 * of the day (409, two admins set it at the same instant).
 */
export function explainDealConflict(error: unknown, productId = ""): unknown {
  if (!MedusaError.isMedusaError(error) || !/already exists/.test((error as Error).message)) {
    return error
  }
  const message = (error as Error).message
  if (message.includes("product_id")) {
    return new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      `Product ${productId} already has a deal: update it instead`
    )
  }
  if (message.includes("is_deal_of_day")) {
    return new MedusaError(
      MedusaError.Types.CONFLICT,
      "Another deal was made deal of the day at the same moment: try again"
    )
  }
  return error
}
