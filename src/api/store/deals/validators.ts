import { z } from "@medusajs/framework/zod"

export const DEAL_SORTS = ["popularity", "newest", "ending_soon", "price_asc", "price_desc"] as const

const booleanFlag = z.enum(["true", "false"]).transform((value) => value === "true")

export const StoreGetDealsParams = z
  .object({
    region_id: z.string().trim().min(1).optional(),
    q: z.string().trim().min(1).max(200).optional(),
    category_id: z.union([z.string().min(1), z.array(z.string().min(1)).max(50)]).optional(),
    min_price: z.coerce.number().min(0).optional(),
    max_price: z.coerce.number().min(0).optional(),
    sort: z.enum(DEAL_SORTS).default("popularity"),
    is_featured: booleanFlag.optional(),
    is_deal_of_day: booleanFlag.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(12),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
  .refine((params) => params.min_price == null || params.max_price == null || params.min_price <= params.max_price, {
    message: "min_price must not exceed max_price",
    path: ["min_price"],
  })
  .refine(
    (params) =>
      params.region_id != null ||
      (params.min_price == null && params.max_price == null && !params.sort.startsWith("price")),
    { message: "region_id is required to filter or sort by price", path: ["region_id"] }
  )
export type StoreGetDealsParamsType = z.infer<typeof StoreGetDealsParams>

export const StoreGetDealParams = z.object({ region_id: z.string().trim().min(1).optional() }).strict()
export type StoreGetDealParamsType = z.infer<typeof StoreGetDealParams>
