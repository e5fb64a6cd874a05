const dealFields = [
  "id",
  "product_id",
  "subtitle",
  "highlights",
  "included",
  "how_it_works",
  "conditions",
  "faq",
  "location_address",
  "location_city",
  "location_lat",
  "location_lng",
  "starts_at",
  "ends_at",
  "is_featured",
  "is_deal_of_day",
  "min_quantity",
  "max_quantity",
  "bought_count",
  "created_at",
  "updated_at",
  "product.id",
  "product.title",
  "product.handle",
  "product.thumbnail",
  "product.status",
]

// Only these fields may be asked for; others are dropped (never passed to query.graph).
export const retrieveDealQueryConfig = { defaults: dealFields, allowed: dealFields, isList: false }

export const listDealsQueryConfig = { defaults: dealFields, allowed: dealFields, isList: true, defaultLimit: 20 }
