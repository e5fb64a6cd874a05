import { model } from "@medusajs/framework/utils"

/** One download of an asset by its owner: the download log and the per-owner count. */
export const Download = model
  .define("download", {
    id: model.id({ prefix: "dl" }).primaryKey(),
    asset_id: model.text(),
    order_id: model.text(),
    customer_id: model.text().nullable(),
    email: model.text(),
    ip: model.text().nullable(),
    bytes: model.number(),
  })
  .indexes([{ on: ["asset_id", "created_at"] }, { on: ["customer_id", "created_at"] }])
