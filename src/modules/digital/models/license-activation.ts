import { model } from "@medusajs/framework/utils"

/**
 * A device a license is activated on, named by the seller's software (`fingerprint`).
 * Deactivating keeps the row (`deactivated_at`): the daily activation churn counts them.
 */
export const LicenseActivation = model
  .define("license_activation", {
    id: model.id({ prefix: "lact" }).primaryKey(),
    license_id: model.text(),
    fingerprint: model.text(),
    name: model.text().nullable(),
    platform: model.text().nullable(),
    ip: model.text().nullable(),
    last_validated_at: model.dateTime().nullable(),
    deactivated_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["license_id", "fingerprint"], unique: true, where: "deactivated_at IS NULL AND deleted_at IS NULL" },
    { on: ["license_id", "created_at"] },
  ])
