import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const text = (max: number) => z.string().trim().max(max)
const listOfLines = z.array(text(300).min(1)).max(30)

const DealFaqEntry = z
  .object({ question: text(500).min(1), answer: text(5000).min(1) })
  .strict()

// `null` clears a field; an absent key leaves it as it is.
const dealContent = {
  subtitle: text(300).nullish(),
  highlights: listOfLines.optional(),
  included: listOfLines.optional(),
  how_it_works: text(20000).nullish(),
  conditions: text(20000).nullish(),
  faq: z.array(DealFaqEntry).max(50).optional(),
  location_address: text(500).nullish(),
  location_city: text(120).nullish(),
  location_lat: z.number().min(-90).max(90).nullish(),
  location_lng: z.number().min(-180).max(180).nullish(),
  starts_at: z.coerce.date().nullish(),
  ends_at: z.coerce.date().nullish(),
  is_featured: z.boolean().optional(),
  is_deal_of_day: z.boolean().optional(),
  min_quantity: z.number().int().min(1).max(1000).optional(),
  max_quantity: z.number().int().min(1).max(1000).nullish(),
  additional_data: z.record(z.string(), z.unknown()).optional(),
}

export const AdminCreateDeal = z
  .object({ product_id: z.string().trim().min(1), ...dealContent })
  .strict()
export type AdminCreateDealType = z.infer<typeof AdminCreateDeal>

export const AdminUpdateDeal = z.object(dealContent).strict()
export type AdminUpdateDealType = z.infer<typeof AdminUpdateDeal>

export const AdminGetDealsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  product_id: z.union([z.string(), z.array(z.string())]).optional(),
  is_featured: z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean()).optional(),
  is_deal_of_day: z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean()).optional(),
})
export type AdminGetDealsParamsType = z.infer<typeof AdminGetDealsParams>

export const AdminGetDealParams = createFindParams().pick({ fields: true })
