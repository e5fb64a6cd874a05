import { z } from "@medusajs/framework/zod"
import { booleanFlag, entityId, oneOrMany, safeText } from "../../utils/validators"

// Bodies are text PostgreSQL can store: a NUL byte is a 400, not a driver error.
const text = (max: number) =>
  z.string().trim().max(max).refine((value) => !value.includes("\u0000"), { message: "must not contain NUL bytes" })
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
  .object({ product_id: entityId, ...dealContent })
  .strict()
export type AdminCreateDealType = z.infer<typeof AdminCreateDeal>

export const AdminUpdateDeal = z.object(dealContent).strict()
export type AdminUpdateDealType = z.infer<typeof AdminUpdateDeal>

/** Fields the deal list can be sorted on; `-` first for descending. */
export const ADMIN_DEAL_ORDER_FIELDS = ["created_at", "updated_at", "starts_at", "ends_at", "bought_count"] as const

const fieldsParam = z
  .string()
  .max(2000)
  .regex(/^[A-Za-z0-9_.*+,-]*$/, { message: "must be a comma-separated list of field names" })

export const AdminGetDealsParams = z
  .object({
    q: safeText(200).optional(),
    status: oneOrMany(z.enum(["scheduled", "live", "ended"])).optional(),
    product_id: oneOrMany(entityId).optional(),
    is_featured: booleanFlag.optional(),
    is_deal_of_day: booleanFlag.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    order: z.enum([...ADMIN_DEAL_ORDER_FIELDS, ...ADMIN_DEAL_ORDER_FIELDS.map((field) => `-${field}` as const)]).optional(),
    fields: fieldsParam.optional(),
  })
  .strict()
export type AdminGetDealsParamsType = z.infer<typeof AdminGetDealsParams>

export const AdminGetDealParams = z.object({ fields: fieldsParam.optional() }).strict()
