import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminReviewListResponse } from "../../../../types/http/review"
import { moderateReviewsWorkflow } from "../../../../workflows/review/moderate-reviews"
import { ADMIN_REVIEW_FIELDS, toAdminReview } from "../helpers"
import type { AdminModerateReviewsType } from "../validators"

/** Approves or rejects up to 100 reviews at once (all or none). */
export async function POST(req: AuthenticatedMedusaRequest<AdminModerateReviewsType>, res: MedusaResponse<AdminReviewListResponse>) {
  const { ids, status, reason } = req.validatedBody
  await moderateReviewsWorkflow(req.scope).run({ input: { ids, status, reason } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "review", fields: ADMIN_REVIEW_FIELDS, filters: { id: ids } })
  res.json({ reviews: data.map(toAdminReview), count: data.length, offset: 0, limit: data.length })
}
