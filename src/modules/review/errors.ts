import { MedusaError } from "@medusajs/framework/utils"

const CHECK_MESSAGES: Record<string, string> = {
  ck_review_rating_range: "rating must be a whole number from 1 to 5",
  ck_review_title_length: "title must have 1 to 120 characters",
  ck_review_body_length: "body must have 1 to 4000 characters",
}

/**
 * The database holds the review rules under concurrency: a second review by the same
 * customer racing the first (unique index) is a 422 saying so (Medusa rewrites the message
 * of a 409), a rule the checks reject a 400.
 */
export function explainReviewConflict(error: unknown): unknown {
  const driver = error as { code?: string; constraint?: string }
  if (driver?.code === "23514" && driver.constraint && CHECK_MESSAGES[driver.constraint.toLowerCase()]) {
    return new MedusaError(MedusaError.Types.INVALID_DATA, CHECK_MESSAGES[driver.constraint.toLowerCase()])
  }
  if (MedusaError.isMedusaError(error) && /already exists/.test((error as Error).message)) {
    return new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "You have already reviewed this product")
  }
  return error
}
