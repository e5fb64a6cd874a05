import type { AuthenticatedMedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import type { StoreReviewListResponse, StoreReviewResponse } from "../../../types/http/review"
import { createReviewWorkflow } from "../../../workflows/review/create-review"
import { REVIEW_ORDERS, toStoreCustomerReview, toStoreReview } from "./helpers"
import type { StoreCreateReviewType, StoreGetReviewsParamsType } from "./validators"

/** A product's approved reviews, newest, highest or lowest first, with its rating summary. */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetReviewsParamsType>, res: MedusaResponse<StoreReviewListResponse>) {
  const { product_id, sort, limit, offset } = req.validatedQuery as StoreGetReviewsParamsType
  const reviewService: ReviewModuleService = req.scope.resolve(REVIEW_MODULE)
  const [[reviews, count], [summary]] = await Promise.all([
    reviewService.listAndCountReviews({ product_id, status: "approved" }, { order: REVIEW_ORDERS[sort], skip: offset, take: limit }),
    reviewService.summarizeRatings([product_id]),
  ])
  const { product_id: _product, ...rating } = summary
  res.json({ reviews: reviews.map(toStoreReview), count, offset, limit, summary: rating })
}

/** The signed-in customer reviews a product they bought; it is public once approved. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateReviewType>, res: MedusaResponse<StoreReviewResponse>) {
  const { result } = await createReviewWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({ review: toStoreCustomerReview(result) })
}
