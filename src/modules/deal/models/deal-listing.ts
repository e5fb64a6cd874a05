import { model } from "@medusajs/framework/utils"

/**
 * The storefront listing's read model: one row per deal, with what the listing filters,
 * sorts and shows, copied from the deal, its product, categories and sales channels by
 * `refreshDealListingsWorkflow` whenever one of them changes. The id is the deal's id.
 * The full-text vector (`search_vector`) and its indexes are added by a hand-written
 * migration: the data-model DSL has no tsvector type.
 */
export const DealListing = model
  .define("deal_listing", {
    id: model.id().primaryKey(),
    product_id: model.text(),
    product_status: model.text(),
    handle: model.text(),
    title: model.text(),
    subtitle: model.text().nullable(),
    thumbnail: model.text().nullable(),
    location_address: model.text().nullable(),
    location_city: model.text().nullable(),
    location_lat: model.float().nullable(),
    location_lng: model.float().nullable(),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    is_featured: model.boolean().default(false),
    is_deal_of_day: model.boolean().default(false),
    bought_count: model.number().default(0),
    deal_created_at: model.dateTime(),
    category_ids: model.array().default([]),
    sales_channel_ids: model.array().default([]),
    // Unaccented, lower-cased title, subtitle, categories and city: trigram typo matching.
    search_text: model.text().default(""),
  })
  .indexes([
    { on: ["product_id"], unique: true },
    // One btree per sort, so a page is read in index order whatever the catalogue size.
    { on: ["bought_count", "deal_created_at", "id"] },
    { on: ["deal_created_at", "id"] },
    { on: ["ends_at", "id"] },
    { on: ["starts_at"] },
    { on: ["category_ids"], type: "GIN" },
    { on: ["sales_channel_ids"], type: "GIN" },
    { on: ["location_city"] },
  ])
