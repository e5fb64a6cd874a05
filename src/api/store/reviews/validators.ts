import { z } from "@medusajs/framework/zod"
import { entityId, safeText } from "../../utils/validators"

export const StoreGetReviewsParams = z
  .object({
    product_id: entityId,
    sort: z.enum(["newest", "highest", "lowest"]).default("newest"),
    limit: z.coerce.number().int().min(1).max(50).default(10),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type StoreGetReviewsParamsType = z.infer<typeof StoreGetReviewsParams>

export const StoreCreateReview = z
  .object({
    product_id: entityId,
    rating: z.number().int().min(1).max(5),
    title: safeText(120),
    body: safeText(4000),
    show_name: z.boolean().optional(),
  })
  .strict()
export type StoreCreateReviewType = z.infer<typeof StoreCreateReview>

export const StoreGetReviewEligibilityParams = z.object({ product_id: entityId }).strict()
export type StoreGetReviewEligibilityParamsType = z.infer<typeof StoreGetReviewEligibilityParams>
