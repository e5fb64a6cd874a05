import type { StoreDealSort } from "../../../types/http/deal"
import { join, raw, Sql, sql, textArray } from "./sql"

/** What the storefront listing asks for; `now` is the clock the offer window is read with. */
export type StoreListingQuery = {
  now: Date
  region_id?: string
  sales_channel_ids?: string[]
  q?: string
  /**
   * Also match close spellings of `q` (trigram word similarity). Costly (every candidate's
   * text is compared), so the listing only asks for it when `q`'s words match nothing.
   */
  fuzzy?: boolean
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

/** Full-text match; with `fuzzy`, or a close spelling (trigram word similarity) for typos. */
function searchCondition(q: string, fuzzy?: boolean): Sql {
  return fuzzy
    ? sql`(l.search_vector @@ ${textQuery(q)} OR l.search_text %> lower(unaccent(${q})))`
    : sql`l.search_vector @@ ${textQuery(q)}`
}

/**
 * Relevance: weighted full-text rank (title A, subtitle/categories/city B, description C);
 * for close spellings, how close they are as well.
 */
export function relevanceExpression(q: string, fuzzy?: boolean): Sql {
  const rank = sql`ts_rank_cd(l.search_vector, ${textQuery(q)})`
  return fuzzy ? sql`(${rank} + 0.1 * word_similarity(lower(unaccent(${q})), l.search_text))` : rank
}

/**
 * The deals matching `q`, read first and once: through the search indexes, however the
 * planner would order the rest (it otherwise tends to scan the whole listing, testing every
 * row's text).
 */
function searchHitsCte(query: StoreListingQuery): Sql | null {
  return query.q
    ? sql`hits AS MATERIALIZED (SELECT l.id FROM deal_listing l WHERE l.deleted_at IS NULL AND ${searchCondition(query.q, query.fuzzy)})`
    : null
}

const withClause = (ctes: (Sql | null)[]) => {
  const present = ctes.filter((cte): cte is Sql => cte !== null)
  return present.length ? sql`WITH ${join(present, ", ")} ` : raw("")
}

/** True when the region's price is joined (inner: a deal without a price there cannot be bought there). */
export const needsPrice = (query: StoreListingQuery) => !!query.region_id


/** Where the facetable values are read: the listing row and its price, or the match set. */
type FacetColumns = { categories: string; city: string; amount: string }
const LISTING_COLUMNS: FacetColumns = { categories: "l.category_ids", city: "l.location_city", amount: "p.amount" }
const MATCH_COLUMNS: FacetColumns = { categories: "m.category_ids", city: "m.location_city", amount: "m.amount" }

/** The category, city and price filters, except the one a facet counts. */
function facetFilters(query: StoreListingQuery, columns: FacetColumns, except?: FacetFilter): Sql[] {
  const conditions: Sql[] = []
  if (query.category_ids?.length && except !== "category") {
    conditions.push(sql`${raw(columns.categories)} && ${textArray(query.category_ids)}`)
  }
  if (query.cities?.length && except !== "city") {
    conditions.push(sql`${raw(columns.city)} = ANY(${textArray(query.cities)})`)
  }
  if (except !== "price") {
    if (query.min_price != null) {
      conditions.push(sql`${raw(columns.amount)} >= ${query.min_price}`)
    }
    if (query.max_price != null) {
      conditions.push(sql`${raw(columns.amount)} <= ${query.max_price}`)
    }
  }
  return conditions
}

/**
 * Everything but the facet filters: publication, the offer window (checked against `now`
 * on every query, so a deal leaves the listing the moment it ends whatever the index's
 * age), the key's sales channels, flags and the search.
 */
function baseConditions(query: StoreListingQuery): Sql[] {
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
    conditions.push(raw("l.id IN (SELECT id FROM hits)"))
  }
  return conditions
}

/** The WHERE conditions of a listing query. */
export function listingConditions(query: StoreListingQuery): Sql {
  return join([...baseConditions(query), ...facetFilters(query, LISTING_COLUMNS)], " AND ")
}

/** FROM clause: the listing, with the region's price row when a region is given. */
export function listingFrom(query: StoreListingQuery): Sql {
  if (!needsPrice(query)) {
    return raw(`deal_listing l`)
  }
  return sql`deal_listing l JOIN deal_listing_price p ON p.deal_id = l.id AND p.region_id = ${query.region_id} AND p.deleted_at IS NULL`
}

/** ORDER BY of each sort; ties broken by id so pages never overlap. */
export function listingOrder(query: StoreListingQuery): Sql {
  switch (query.sort) {
    case "relevance":
      return query.q
        ? sql`${relevanceExpression(query.q, query.fuzzy)} DESC, l.bought_count DESC, l.id DESC`
        : raw(`l.bought_count DESC, l.deal_created_at DESC, l.id DESC`)
    case "newest":
      return raw(`l.deal_created_at DESC, l.id DESC`)
    case "ending_soon":
      return raw(`l.ends_at ASC NULLS LAST, l.id ASC`)
    // The price is joined only with a region (the validator requires one to sort by price);
    // these orders match the price index (region_id, amount, deal_id) read either way.
    case "price_asc":
      return raw(`p.amount ASC, l.id ASC`)
    case "price_desc":
      return raw(`p.amount DESC, l.id DESC`)
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
  return sql`${withClause([searchHitsCte(query)])}SELECT ${CARD_COLUMNS}${needsPrice(query) ? PRICE_COLUMNS : raw("")},
      (SELECT version FROM deal_listing_state WHERE id = 1) AS listing_version
    FROM ${listingFrom(query)}
    WHERE ${listingConditions(query)}
    ORDER BY ${listingOrder(query)}
    LIMIT ${query.limit} OFFSET ${query.offset}`
}

/**
 * The deals matching everything but the facet filters, read once (the search is the costly
 * part): the total and each facet filter this set in memory.
 */
function matchSetSql(query: StoreListingQuery): Sql {
  const price = needsPrice(query) ? raw("p.amount, p.currency_code") : raw("NULL::numeric AS amount, NULL::text AS currency_code")
  return sql`SELECT l.category_ids, l.location_city, ${price}
    FROM ${listingFrom(query)} WHERE ${join(baseConditions(query), " AND ")}`
}

const where = (conditions: Sql[]) => (conditions.length ? sql`WHERE ${join(conditions, " AND ")}` : raw(""))
const and = (conditions: Sql[]) => (conditions.length ? sql` AND ${join(conditions, " AND ")}` : raw(""))

/** Deals per category id, ignoring the category filter. */
const categoryFacetSql = (query: StoreListingQuery) =>
  sql`SELECT c.id, count(*)::int AS count FROM matches m CROSS JOIN LATERAL unnest(m.category_ids) AS c(id)
    ${where(facetFilters(query, MATCH_COLUMNS, "category"))}
    GROUP BY c.id ORDER BY count DESC, c.id LIMIT 100`

/** Deals per city, ignoring the city filter. */
const cityFacetSql = (query: StoreListingQuery) =>
  sql`SELECT m.location_city AS value, count(*)::int AS count FROM matches m
    WHERE m.location_city IS NOT NULL${and(facetFilters(query, MATCH_COLUMNS, "city"))}
    GROUP BY m.location_city ORDER BY count DESC, m.location_city LIMIT 100`

/** Cheapest and dearest price in the region, ignoring the price bounds. */
const priceRangeSql = (query: StoreListingQuery) =>
  sql`SELECT m.currency_code, min(m.amount)::float8 AS min, max(m.amount)::float8 AS max FROM matches m
    WHERE m.amount IS NOT NULL${and(facetFilters(query, MATCH_COLUMNS, "price"))}
    GROUP BY m.currency_code LIMIT 1`

const asJson = (inner: Sql) => sql`(SELECT coalesce(json_agg(f), '[]'::json) FROM (${inner}) f)`

/** The listing version and the next moment a deal starts or ends. */
const versionColumns = (query: StoreListingQuery) =>
  sql`(SELECT version FROM deal_listing_state WHERE id = 1) AS listing_version,
      least(
        (SELECT min(starts_at) FROM deal_listing WHERE starts_at > ${query.now} AND deleted_at IS NULL),
        (SELECT min(ends_at) FROM deal_listing WHERE ends_at > ${query.now} AND deleted_at IS NULL)
      ) AS next_boundary`

/**
 * The total of a listing query, its facets if asked, the listing version and the next
 * moment a deal starts or ends, in one statement: all read from the same snapshot, so a
 * cached summary is exactly the one of its version (until that moment).
 */
export function listingSummarySql(query: StoreListingQuery, withFacets: boolean): Sql {
  if (!withFacets) {
    return sql`${withClause([searchHitsCte(query)])}SELECT (SELECT count(*)::int FROM ${listingFrom(query)} WHERE ${listingConditions(query)}) AS count,
      ${versionColumns(query)}`
  }
  return sql`${withClause([searchHitsCte(query), sql`matches AS MATERIALIZED (${matchSetSql(query)})`])}
    SELECT (SELECT count(*)::int FROM matches m ${where(facetFilters(query, MATCH_COLUMNS))}) AS count,
      ${versionColumns(query)},
      ${asJson(categoryFacetSql(query))} AS categories, ${asJson(cityFacetSql(query))} AS cities,
      ${query.region_id ? asJson(priceRangeSql(query)) : raw("'[]'::json")} AS prices`
}
