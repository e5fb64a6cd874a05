import { model } from "@medusajs/framework/utils"

export const LICENSE_STATUSES = ["active", "suspended", "revoked", "expired"] as const

/**
 * One license key: one unit of a digital variant in an order. `(line_item_id, unit_index)` is
 * unique, so issuing the same order again creates nothing.
 */
export const License = model
  .define("license", {
    id: model.id({ prefix: "lic" }).primaryKey(),
    key: model.text(),
    policy_id: model.text(),
    variant_id: model.text(),
    product_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    unit_index: model.number(),
    /** The owner: a customer account, or the order's e-mail for a guest. */
    customer_id: model.text().nullable(),
    email: model.text(),
    status: model.enum([...LICENSE_STATUSES]).default("active"),
    status_reason: model.text().nullable(),
    expires_at: model.dateTime().nullable(),
    /** Overrides the policy's `max_activations` for this license only. */
    max_activations_override: model.number().nullable(),
    expiry_warned_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["key"], unique: true },
    { on: ["line_item_id", "unit_index"], unique: true },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["email"], where: "deleted_at IS NULL" },
    { on: ["expires_at"], where: "status = 'active' AND deleted_at IS NULL" },
  ])
