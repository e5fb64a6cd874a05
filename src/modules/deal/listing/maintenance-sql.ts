import { raw, Sql, sql, textArray } from "./sql"

/** Prices per region of these deals, for the admin list. */
export function adminListingPricesSql(dealIds: string[]): Sql {
  return sql`SELECT deal_id, region_id, currency_code, amount, original_amount FROM deal_listing_price
    WHERE deal_id = ANY(${textArray(dealIds)}) AND deleted_at IS NULL ORDER BY currency_code`
}

/** Deal ids matching `q` in any status (admin search), best matches first. */
export function adminSearchDealIdsSql(q: string, limit: number): Sql {
  const tsquery = sql`(websearch_to_tsquery('comptoir_french', ${q}) || websearch_to_tsquery('comptoir_english', ${q}))`
  return sql`SELECT id FROM deal_listing l
    WHERE (l.search_vector @@ ${tsquery} OR l.search_text %> lower(unaccent(${q})) OR l.search_text LIKE ('%' || lower(unaccent(${q.replace(/[%_\\]/g, "")})) || '%'))
    ORDER BY ts_rank_cd(l.search_vector, ${tsquery}) DESC, l.id LIMIT ${limit}`
}

/** Sets listing counters that drifted from their deal's (an order raced a first projection). */
export const reconcileBoughtCountsSql = raw(`UPDATE deal_listing l SET bought_count = d.bought_count
  FROM deal d WHERE d.id = l.id AND l.bought_count <> d.bought_count RETURNING l.id`)

/** Products whose live deal has no listing row yet. */
export const unlistedProductIdsSql = raw(`SELECT d.product_id FROM deal d
  WHERE d.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM deal_listing l WHERE l.id = d.id)
  ORDER BY d.product_id LIMIT 1000`)

/** Removes listing rows whose deal is gone. */
export const pruneListingSql = raw(`DELETE FROM deal_listing l
  WHERE NOT EXISTS (SELECT 1 FROM deal d WHERE d.id = l.id AND d.deleted_at IS NULL) RETURNING l.id`)

/** Removes price rows whose listing row is gone (a full scan: for the hourly prune only). */
export const pruneOrphanPricesSql = raw(`DELETE FROM deal_listing_price p
  WHERE NOT EXISTS (SELECT 1 FROM deal_listing l WHERE l.id = p.deal_id) RETURNING p.id`)

/** The listing tables whose planner statistics lag (same rule as autovacuum's, on our own schedule). */
export const LISTING_TABLES = ["deal_listing", "deal_listing_price"] as const
export const staleStatisticsSql = raw(`SELECT relname FROM pg_stat_user_tables
  WHERE schemaname = current_schema() AND relname IN (${LISTING_TABLES.map((name) => `'${name}'`).join(", ")})
    AND n_mod_since_analyze > 50 + 0.1 * n_live_tup`)
