import type { StoreDealSort } from "../../../types/http/deal"
import { join, raw, Sql, sql, textArray } from "./sql"

/** What the storefront listing asks for; `now` is the clock the offer window is read with. */
export type StoreListingQuery = {
  now: Date
  region_id?: string
  sales_channel_ids?: string[]
  q?: string
  category_ids?: string[]
  cities?: string[]
  min_price?: number
  max_price?: number
  is_featured?: boolean
  is_deal_of_day?: boolean
  sort: StoreDealSort
  limit: number
  offset: number
}

/** The filters a facet ignores when it counts (its own), so siblings keep their counts. */
export type FacetFilter = "category" | "city" | "price"

// French stems first, English second: both analyses are stored and either may match.
const textQuery = (q: string) =>
  sql`(websearch_to_tsquery('comptoir_french', ${q}) || websearch_to_tsquery('comptoir_english', ${q}))`

/** Full-text match, or a close spelling (trigram word similarity) for typos. */
function searchCondition(q: string): Sql {
  return sql`(l.search_vector @@ ${textQuery(q)} OR l.search_text %> lower(unaccent(${q})))`
}

/** Relevance: weighted full-text rank (title A, subtitle/categories/city B, description C), then spelling closeness. */
export function relevanceExpression(q: string): Sql {
  return sql`(ts_rank_cd(l.search_vector, ${textQuery(q)}) + 0.1 * word_similarity(lower(unaccent(${q})), l.search_text))`
}

/** True when the price table must be joined (and inner-joined when a bound applies). */
export const needsPrice = (query: StoreListingQuery) => !!query.region_id

const hasPriceBounds = (query: StoreListingQuery) => query.min_price != null || query.max_price != null

/**
 * The WHERE conditions of a listing query. The offer window is checked against `now` on
 * every query, so a deal leaves the listing the moment it ends whatever the index's age.
 */
export function listingConditions(query: StoreListingQuery, except?: FacetFilter): Sql {
  const conditions: Sql[] = [
    raw(`l.product_status = 'published'`),
    raw(`l.deleted_at IS NULL`),
    sql`(l.starts_at IS NULL OR l.starts_at <= ${query.now})`,
    sql`(l.ends_at IS NULL OR l.ends_at > ${query.now})`,
  ]
  if (query.sales_channel_ids?.length) {
    conditions.push(sql`l.sales_channel_ids && ${textArray(query.sales_channel_ids)}`)
  }
  if (query.is_featured !== undefined) {
    conditions.push(sql`l.is_featured = ${query.is_featured}`)
  }
  if (query.is_deal_of_day !== undefined) {
    conditions.push(sql`l.is_deal_of_day = ${query.is_deal_of_day}`)
  }
  if (query.q) {
    conditions.push(searchCondition(query.q))
  }
  if (query.category_ids?.length && except !== "category") {
    conditions.push(sql`l.category_ids && ${textArray(query.category_ids)}`)
  }
  if (query.cities?.length && except !== "city") {
    conditions.push(sql`l.location_city = ANY(${textArray(query.cities)})`)
  }
  if (except !== "price") {
    if (query.min_price != null) {
      conditions.push(sql`p.amount >= ${query.min_price}`)
    }
    if (query.max_price != null) {
      conditions.push(sql`p.amount <= ${query.max_price}`)
    }
  }
  return join(conditions, " AND ")
}

/** FROM clause: the listing, with the region's price row when a region is given. */
export function listingFrom(query: StoreListingQuery, except?: FacetFilter): Sql {
  if (!needsPrice(query)) {
    return raw(`deal_listing l`)
  }
  const inner = hasPriceBounds(query) && except !== "price"
  return sql`deal_listing l ${raw(inner ? "JOIN" : "LEFT JOIN")} deal_listing_price p ON p.deal_id = l.id AND p.region_id = ${query.region_id} AND p.deleted_at IS NULL`
}

/** ORDER BY of each sort; ties broken by id so pages never overlap. */
export function listingOrder(query: StoreListingQuery): Sql {
  switch (query.sort) {
    case "relevance":
      return query.q
        ? sql`${relevanceExpression(query.q)} DESC, l.bought_count DESC, l.id DESC`
        : raw(`l.bought_count DESC, l.deal_created_at DESC, l.id DESC`)
    case "newest":
      return raw(`l.deal_created_at DESC, l.id DESC`)
    case "ending_soon":
      return raw(`l.ends_at ASC NULLS LAST, l.id ASC`)
    case "price_asc":
      return raw(`p.amount ASC NULLS LAST, l.id ASC`)
    case "price_desc":
      return raw(`p.amount DESC NULLS LAST, l.id DESC`)
    case "popularity":
    default:
      return raw(`l.bought_count DESC, l.deal_created_at DESC, l.id DESC`)
  }
}

const CARD_COLUMNS = raw(
  [
    "l.id",
    "l.product_id",
    "l.handle",
    "l.title",
    "l.subtitle",
    "l.thumbnail",
    "l.location_address",
    "l.location_city",
    "l.location_lat",
    "l.location_lng",
    "l.starts_at",
    "l.ends_at",
    "l.is_featured",
    "l.is_deal_of_day",
    "l.bought_count",
  ].join(", ")
)

const PRICE_COLUMNS = raw(`, p.currency_code, p.amount, p.original_amount, p.variant_id`)

/** One page of deal cards, with the listing's version for the count cache. */
export function listingPageSql(query: StoreListingQuery): Sql {
  return sql`SELECT ${CARD_COLUMNS}${needsPrice(query) ? PRICE_COLUMNS : raw("")},
      (SELECT version FROM deal_listing_state WHERE id = 1) AS listing_version
    FROM ${listingFrom(query)}
    WHERE ${listingConditions(query)}
    ORDER BY ${listingOrder(query)}
    LIMIT ${query.limit} OFFSET ${query.offset}`
}

/** Deals per category id, ignoring the category filter. */
function categoryFacetSql(query: StoreListingQuery): Sql {
  return sql`SELECT c.id, count(*)::int AS count
    FROM ${listingFrom(query, "category")} CROSS JOIN LATERAL unnest(l.category_ids) AS c(id)
    WHERE ${listingConditions(query, "category")}
    GROUP BY c.id ORDER BY count DESC, c.id LIMIT 100`
}

/** Deals per city, ignoring the city filter. */
function cityFacetSql(query: StoreListingQuery): Sql {
  return sql`SELECT l.location_city AS value, count(*)::int AS count
    FROM ${listingFrom(query, "city")}
    WHERE ${listingConditions(query, "city")} AND l.location_city IS NOT NULL
    GROUP BY l.location_city ORDER BY count DESC, l.location_city LIMIT 100`
}

/** Cheapest and dearest price in the region, ignoring the price bounds. */
function priceRangeSql(query: StoreListingQuery): Sql {
  return sql`SELECT p.currency_code, min(p.amount)::float8 AS min, max(p.amount)::float8 AS max
    FROM ${listingFrom(query, "price")}
    WHERE ${listingConditions(query, "price")} AND p.amount IS NOT NULL
    GROUP BY p.currency_code LIMIT 1`
}

const asJson = (inner: Sql) => sql`(SELECT coalesce(json_agg(f), '[]'::json) FROM (${inner}) f)`

/**
 * The total of a listing query, its facets if asked, the listing version and the next
 * moment a deal starts or ends, in one statement: all read from the same snapshot, so a
 * cached summary is exactly the one of its version (until that moment).
 */
export function listingSummarySql(query: StoreListingQuery, withFacets: boolean): Sql {
  const facets = withFacets
    ? sql`, ${asJson(categoryFacetSql(query))} AS categories, ${asJson(cityFacetSql(query))} AS cities,
        ${query.region_id ? asJson(priceRangeSql(query)) : raw("'[]'::json")} AS prices`
    : raw("")
  return sql`SELECT
      (SELECT count(*)::int FROM ${listingFrom(query)} WHERE ${listingConditions(query)}) AS count,
      (SELECT version FROM deal_listing_state WHERE id = 1) AS listing_version,
      least(
        (SELECT min(starts_at) FROM deal_listing WHERE starts_at > ${query.now} AND deleted_at IS NULL),
        (SELECT min(ends_at) FROM deal_listing WHERE ends_at > ${query.now} AND deleted_at IS NULL)
      ) AS next_boundary${facets}`
}
