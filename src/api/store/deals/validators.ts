import { z } from "@medusajs/framework/zod"
import type { StoreDealSort } from "../../../types/http/deal"
import { booleanFlag, entityId, oneOrMany, safeText } from "../../utils/validators"

export const DEAL_SORTS = ["relevance", "popularity", "newest", "ending_soon", "price_asc", "price_desc"] as const satisfies readonly StoreDealSort[]

export const StoreGetDealsParams = z
  .object({
    region_id: entityId.optional(),
    q: safeText(200).optional(),
    category_id: oneOrMany(entityId).optional(),
    city: oneOrMany(safeText(120)).optional(),
    min_price: z.coerce.number().min(0).max(1e9).optional(),
    max_price: z.coerce.number().min(0).max(1e9).optional(),
    sort: z.enum(DEAL_SORTS).optional(),
    is_featured: booleanFlag.optional(),
    is_deal_of_day: booleanFlag.optional(),
    facets: booleanFlag.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(12),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
  .refine((params) => params.min_price == null || params.max_price == null || params.min_price <= params.max_price, {
    message: "min_price must not exceed max_price",
    path: ["min_price"],
  })
  .refine(
    (params) =>
      params.region_id != null ||
      (params.min_price == null && params.max_price == null && !params.sort?.startsWith("price")),
    { message: "region_id is required to filter or sort by price", path: ["region_id"] }
  )
  .refine((params) => params.sort !== "relevance" || params.q != null, {
    message: "sort=relevance needs a search query q",
    path: ["sort"],
  })
export type StoreGetDealsParamsType = z.infer<typeof StoreGetDealsParams>

export const StoreGetDealParams = z.object({ region_id: entityId.optional() }).strict()
export type StoreGetDealParamsType = z.infer<typeof StoreGetDealParams>
