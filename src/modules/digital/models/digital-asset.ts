import { model } from "@medusajs/framework/utils"

/**
 * A file a digital variant delivers, stored privately in Medusa's File module (`file_id`, never
 * a public URL). Several versions per name; `is_current` marks the one downloaded by default.
 */
export const DigitalAsset = model
  .define("digital_asset", {
    id: model.id({ prefix: "dasset" }).primaryKey(),
    variant_id: model.text(),
    product_id: model.text(),
    name: model.text(),
    file_id: model.text(),
    mime_type: model.text(),
    size: model.number(),
    checksum_sha256: model.text(),
    version: model.text(),
    changelog: model.text().nullable(),
    is_current: model.boolean().default(true),
  })
  .indexes([
    { on: ["variant_id", "name", "version"], unique: true, where: "deleted_at IS NULL" },
    { on: ["variant_id", "name"], unique: true, where: "is_current AND deleted_at IS NULL", name: "IDX_digital_asset_one_current" },
  ])
