import { model } from "@medusajs/framework/utils"

/** One question/answer pair of a deal's FAQ. */
export type DealFaqEntry = { question: string; answer: string }

/**
 * Groupon-style content attached to one product. Prices are not stored here:
 * they come from Medusa pricing (a sale price list gives original vs deal price).
 */
export const Deal = model
  .define("deal", {
    id: model.id({ prefix: "deal" }).primaryKey(),
    // The product this deal dresses up (read-only link in src/links/deal-product.ts).
    product_id: model.text(),
    subtitle: model.text().nullable(),
    highlights: model.array().default([]),
    included: model.array().default([]),
    how_it_works: model.text().nullable(),
    conditions: model.text().nullable(),
    faq: model.json<DealFaqEntry[]>().default([]),
    location_address: model.text().nullable(),
    location_city: model.text().nullable(),
    location_lat: model.float().nullable(),
    location_lng: model.float().nullable(),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    is_featured: model.boolean().default(false),
    is_deal_of_day: model.boolean().default(false),
    min_quantity: model.number().default(1),
    max_quantity: model.number().nullable(),
    // Units sold, kept by the order subscribers with atomic increments.
    bought_count: model.number().default(0),
  })
  .indexes([
    { on: ["product_id"], unique: true, where: "deleted_at IS NULL" },
    // At most one deal of the day: the database refuses a second one.
    {
      name: "IDX_deal_single_deal_of_day",
      on: ["is_deal_of_day"],
      unique: true,
      where: "is_deal_of_day = true AND deleted_at IS NULL",
    },
    { on: ["ends_at"], where: "deleted_at IS NULL" },
    { on: ["is_featured"], where: "is_featured = true AND deleted_at IS NULL" },
  ])
  // The rules the admin form and the workflows check, held by the database as well so
  // that two concurrent updates cannot together break them (see errors.ts for the 400s).
  .checks([
    {
      name: "CK_deal_quantity_bounds",
      expression: (columns) =>
        `${columns.min_quantity} >= 1 AND (${columns.max_quantity} IS NULL OR ${columns.max_quantity} >= ${columns.min_quantity})`,
    },
    {
      name: "CK_deal_offer_window",
      expression: (columns) =>
        `${columns.starts_at} IS NULL OR ${columns.ends_at} IS NULL OR ${columns.ends_at} > ${columns.starts_at}`,
    },
  ])
