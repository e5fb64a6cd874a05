import { generateEntityId } from "@medusajs/framework/utils"
import { join, raw, Sql, sql, textArray } from "./sql"

/** A deal's price in one region, as the projection computed it with Medusa's pricing. */
export type ListingPriceInput = {
  region_id: string
  currency_code: string
  variant_id: string
  amount: number
  original_amount: number
}

/**
 * The product side of a deal's listing row. The deal side (content, window, flags,
 * bought_count) is read from the `deal` table in the same statement, so it is never older
 * than the deal itself.
 */
export type ProductListingInput = {
  product_id: string
  product_status: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  category_ids: string[]
  category_names: string[]
  sales_channel_ids: string[]
  prices: ListingPriceInput[]
}

const weighted = (text: Sql, weight: "A" | "B" | "C") =>
  sql`setweight(to_tsvector('comptoir_french', ${text}), ${raw(`'${weight}'`)}) || setweight(to_tsvector('comptoir_english', ${text}), ${raw(`'${weight}'`)})`

/**
 * Inserts or updates the listing row of the product's live deal. An existing row keeps
 * its bought_count: order subscribers maintain it with atomic increments.
 */
export function upsertListingSql(input: ProductListingInput): Sql {
  const categories = input.category_names.join(" ")
  const secondary = sql`concat_ws(' ', d.subtitle, ${categories}::text, d.location_city)`
  return sql`INSERT INTO deal_listing (id, product_id, product_status, handle, title, subtitle, thumbnail,
      location_address, location_city, location_lat, location_lng, starts_at, ends_at, is_featured,
      is_deal_of_day, bought_count, deal_created_at, category_ids, sales_channel_ids, search_text, search_vector)
    SELECT d.id, d.product_id, ${input.product_status}, ${input.handle}, ${input.title}, d.subtitle, ${input.thumbnail}::text,
      d.location_address, d.location_city, d.location_lat, d.location_lng, d.starts_at, d.ends_at, d.is_featured,
      d.is_deal_of_day, d.bought_count, d.created_at, ${textArray(input.category_ids)}, ${textArray(input.sales_channel_ids)},
      lower(unaccent(concat_ws(' ', ${input.title}::text, ${secondary}))),
      ${weighted(sql`${input.title}::text`, "A")} || ${weighted(secondary, "B")} || ${weighted(sql`coalesce(${input.description}::text, '')`, "C")}
    FROM deal d WHERE d.product_id = ${input.product_id} AND d.deleted_at IS NULL
    ON CONFLICT (id) DO UPDATE SET
      product_status = EXCLUDED.product_status, handle = EXCLUDED.handle, title = EXCLUDED.title,
      subtitle = EXCLUDED.subtitle, thumbnail = EXCLUDED.thumbnail, location_address = EXCLUDED.location_address,
      location_city = EXCLUDED.location_city, location_lat = EXCLUDED.location_lat, location_lng = EXCLUDED.location_lng,
      starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, is_featured = EXCLUDED.is_featured,
      is_deal_of_day = EXCLUDED.is_deal_of_day, category_ids = EXCLUDED.category_ids,
      sales_channel_ids = EXCLUDED.sales_channel_ids, search_text = EXCLUDED.search_text,
      search_vector = EXCLUDED.search_vector, deleted_at = NULL, updated_at = now()`
}

/** Deletes the listing rows `removal` returns (their ids), with their prices. */
const withTheirPrices = (removal: Sql) =>
  sql`WITH removed AS (${removal} RETURNING l.id)
    DELETE FROM deal_listing_price p USING removed WHERE p.deal_id = removed.id`

/** Removes listing rows of these products whose deal is gone (deleted, or replaced by another). */
export function deleteStaleListingsSql(productIds: string[]): Sql {
  return withTheirPrices(sql`DELETE FROM deal_listing l WHERE l.product_id = ANY(${textArray(productIds)})
    AND NOT EXISTS (SELECT 1 FROM deal d WHERE d.id = l.id AND d.deleted_at IS NULL)`)
}

/** Removes the listing rows of these products (product deleted: no row should remain). */
export function deleteListingsSql(productIds: string[]): Sql {
  return withTheirPrices(sql`DELETE FROM deal_listing l WHERE l.product_id = ANY(${textArray(productIds)})`)
}

/** Drops the price rows of these products' listings (before writing them again). */
export function deletePricesSql(productIds: string[]): Sql {
  return sql`DELETE FROM deal_listing_price p USING deal_listing l
    WHERE l.id = p.deal_id AND l.product_id = ANY(${textArray(productIds)})`
}

const rawAmount = (amount: number) => JSON.stringify({ value: String(amount), precision: 20 })

/** Inserts the price rows of one product's listing (none when it has no live deal). */
export function insertPricesSql(input: ProductListingInput): Sql | null {
  if (!input.prices.length) {
    return null
  }
  const rows = input.prices.map(
    (price) =>
      sql`(${generateEntityId(undefined, "dlprice")}, ${price.region_id}, ${price.currency_code}, ${price.variant_id}, ${price.amount}::numeric, ${rawAmount(price.amount)}::jsonb, ${price.original_amount}::numeric, ${rawAmount(price.original_amount)}::jsonb)`
  )
  return sql`INSERT INTO deal_listing_price (id, region_id, currency_code, variant_id, amount, raw_amount, original_amount, raw_original_amount, deal_id)
    SELECT v.id, v.region_id, v.currency_code, v.variant_id, v.amount, v.raw_amount, v.original_amount, v.raw_original_amount, l.id
    FROM (VALUES ${join(rows, ", ")}) AS v(id, region_id, currency_code, variant_id, amount, raw_amount, original_amount, raw_original_amount)
    JOIN deal_listing l ON l.product_id = ${input.product_id}`
}

/**
 * Every change to the listing bumps its version: cached counts and facets of older
 * versions are dropped. The version is a microsecond clock (never lower than the previous
 * one plus one), so it never repeats even if the table is emptied and the row recreated.
 */
export const BUMP_LISTING_VERSION = `INSERT INTO deal_listing_state (id, version, updated_at)
  VALUES (1, (extract(epoch from clock_timestamp()) * 1000000)::bigint, now())
  ON CONFLICT (id) DO UPDATE SET
    version = greatest(deal_listing_state.version + 1, EXCLUDED.version), updated_at = now()`

export const bumpListingVersionSql = raw(BUMP_LISTING_VERSION)
