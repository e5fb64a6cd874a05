import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreReviewEligibilityResponse } from "../../../../types/http/review"
import { reviewEligibility } from "../../../../workflows/review/steps/review-eligibility"
import type { StoreGetReviewEligibilityParamsType } from "../validators"

/** Whether the signed-in customer may review the product (for the "Écrire un avis" button). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetReviewEligibilityParamsType>, res: MedusaResponse<StoreReviewEligibilityResponse>) {
  const { product_id } = req.validatedQuery as StoreGetReviewEligibilityParamsType
  const { can_review, reason } = await reviewEligibility(req.scope, req.auth_context.actor_id, product_id)
  res.json({ eligibility: { can_review, reason } })
}
