import { model } from "@medusajs/framework/utils"

/**
 * How a variant's buyers are licensed: one license per unit bought, at most `max_activations`
 * devices each, for `duration_days` (null: perpetual). Keys start with `key_prefix`.
 */
export const LicensePolicy = model
  .define("license_policy", {
    id: model.id({ prefix: "lpol" }).primaryKey(),
    variant_id: model.text(),
    product_id: model.text(),
    max_activations: model.number().default(3),
    duration_days: model.number().nullable(),
    transferable: model.boolean().default(false),
    key_prefix: model.text().default("CPT"),
    /** A refund suspends the order's licenses (a cancellation always does). */
    suspend_on_refund: model.boolean().default(true),
  })
  .indexes([{ on: ["variant_id"], unique: true, where: "deleted_at IS NULL" }])
  .checks([
    { name: "license_policy_max_activations_positive", expression: (columns) => `${columns.max_activations} >= 1` },
    { name: "license_policy_duration_positive", expression: (columns) => `${columns.duration_days} IS NULL OR ${columns.duration_days} >= 1` },
  ])
