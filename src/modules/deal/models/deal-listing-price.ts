import { model } from "@medusajs/framework/utils"

/**
 * A deal's "from" price (its cheapest variant) in one region, as Medusa's pricing
 * calculates it with the region's currency: the listing filters and sorts on these rows
 * instead of computing prices per request.
 */
export const DealListingPrice = model
  .define("deal_listing_price", {
    id: model.id({ prefix: "dlprice" }).primaryKey(),
    deal_id: model.text(),
    region_id: model.text(),
    currency_code: model.text(),
    variant_id: model.text(),
    amount: model.bigNumber(),
    original_amount: model.bigNumber(),
  })
  .indexes([
    { on: ["deal_id", "region_id"], unique: true },
    // Price sorts and filters walk this index for the requested region.
    { on: ["region_id", "amount", "deal_id"] },
  ])
