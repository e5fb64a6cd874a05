import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa maps a unique-index violation to a generic 400 "… already exists"; the deal
 * indexes have precise meanings, so say them: one deal per product (422) and one deal
 * of the day (409, two admins set it at the same instant).
 */
export function explainDealConflict(error: unknown, productId = ""): unknown {
  const checkViolation = explainDealCheckViolation(error)
  if (checkViolation) {
    return checkViolation
  }
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

type DriverError = { code?: string; constraint?: string }

// PostgreSQL folds the unquoted constraint names of models/deal.ts to lower case.
const CHECK_MESSAGES: Record<string, string> = {
  ck_deal_quantity_bounds: "max_quantity must be at least min_quantity, and min_quantity at least 1",
  ck_deal_offer_window: "ends_at must be after starts_at",
}

/**
 * A check constraint of the deal table (the rules hold even under concurrent updates that
 * each passed validation) as a 400 naming the rule; null for any other error.
 */
function explainDealCheckViolation(error: unknown): MedusaError | null {
  const { code, constraint } = (error ?? {}) as DriverError
  if (code !== "23514") {
    return null
  }
  const message = (constraint && CHECK_MESSAGES[constraint.toLowerCase()]) || "The deal breaks a rule of its content"
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}
