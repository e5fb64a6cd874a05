import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import type { AdminReviewListResponse } from "../../../types/http/review"
import { ADMIN_REVIEW_FIELDS, toAdminReview } from "./helpers"
import type { AdminGetReviewsParamsType } from "./validators"

/** The moderation queue: filters by status, product and rating; with one product, its summary. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetReviewsParamsType>, res: MedusaResponse<AdminReviewListResponse>) {
  const { status, product_id, rating, limit, offset, order } = req.validatedQuery as AdminGetReviewsParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters = Object.fromEntries(Object.entries({ status, product_id, rating }).filter(([, value]) => value !== undefined))
  const field = order.replace(/^-/, "")
  const { data, metadata } = await query.graph({
    entity: "review",
    fields: ADMIN_REVIEW_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { [field]: order.startsWith("-") ? "DESC" : "ASC", id: "DESC" } },
  })
  const single = typeof product_id === "string" ? product_id : product_id?.length === 1 ? product_id[0] : undefined
  const summary = single ? (await (req.scope.resolve(REVIEW_MODULE) as ReviewModuleService).summarizeRatings([single]))[0] : undefined
  res.json({
    reviews: data.map(toAdminReview),
    count: metadata?.count ?? data.length,
    offset,
    limit,
    ...(summary && { summary: { average: summary.average, count: summary.count, distribution: summary.distribution } }),
  })
}
