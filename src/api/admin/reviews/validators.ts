import { z } from "@medusajs/framework/zod"
import { entityId, oneOrMany, safeText } from "../../utils/validators"

const status = z.enum(["pending", "approved", "rejected"])
const ORDER_FIELDS = ["created_at", "rating", "moderated_at"] as const

export const AdminGetReviewsParams = z
  .object({
    status: oneOrMany(status).optional(),
    product_id: oneOrMany(entityId).optional(),
    rating: oneOrMany(z.coerce.number().int().min(1).max(5)).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    order: z.enum([...ORDER_FIELDS, ...ORDER_FIELDS.map((field) => `-${field}` as const)]).default("-created_at"),
  })
  .strict()
export type AdminGetReviewsParamsType = z.infer<typeof AdminGetReviewsParams>

export const AdminModerateReviews = z
  .object({
    ids: z.array(entityId).min(1).max(100),
    status: z.enum(["approved", "rejected"]),
    reason: safeText(500).nullish(),
  })
  .strict()
export type AdminModerateReviewsType = z.infer<typeof AdminModerateReviews>

export const AdminReplyToReview = z.object({ reply: safeText(2000).nullable() }).strict()
export type AdminReplyToReviewType = z.infer<typeof AdminReplyToReview>
