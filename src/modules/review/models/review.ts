import { model } from "@medusajs/framework/utils"

/** Where a review stands in moderation: only approved reviews are public. */
export const REVIEW_STATUSES = ["pending", "approved", "rejected"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/**
 * A verified buyer's review of a product: one per customer and product, held by the
 * database. Text is stored as typed and always rendered as text, never as markup.
 */
export const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    // Read-only links in src/links: the review keeps the ids so the database can hold the rules.
    product_id: model.text(),
    customer_id: model.text(),
    // The placed order that made the customer a verified buyer.
    order_id: model.text(),
    rating: model.number(),
    title: model.text(),
    body: model.text(),
    // "Amina B.": first name and initial, shown instead of the full name.
    display_name: model.text().nullable(),
    status: model.enum([...REVIEW_STATUSES]).default("pending"),
    rejection_reason: model.text().nullable(),
    moderated_at: model.dateTime().nullable(),
    // The merchant's public answer, shown under the review.
    reply: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
  })
  .indexes([
    { name: "IDX_review_one_per_customer_product", on: ["product_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id", "status", "created_at"], where: "deleted_at IS NULL" },
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
  ])
  .checks([
    { name: "CK_review_rating_range", expression: (columns) => `${columns.rating} BETWEEN 1 AND 5` },
    { name: "CK_review_title_length", expression: (columns) => `char_length(${columns.title}) BETWEEN 1 AND 120` },
    { name: "CK_review_body_length", expression: (columns) => `char_length(${columns.body}) BETWEEN 1 AND 4000` },
  ])
