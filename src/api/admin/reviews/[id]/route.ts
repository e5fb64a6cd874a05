import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminReviewResponse } from "../../../../types/http/review"
import { replyToReviewWorkflow } from "../../../../workflows/review/reply-to-review"
import { refetchReview } from "../helpers"
import type { AdminReplyToReviewType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminReviewResponse>) {
  res.json({ review: await refetchReview(req.scope, req.params.id) })
}

/** Sets or removes (`reply: null`) the merchant's public reply. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReplyToReviewType>, res: MedusaResponse<AdminReviewResponse>) {
  await refetchReview(req.scope, req.params.id)
  await replyToReviewWorkflow(req.scope).run({ input: { id: req.params.id, reply: req.validatedBody.reply } })
  res.json({ review: await refetchReview(req.scope, req.params.id) })
}
