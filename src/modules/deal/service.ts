import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  BUMP_LISTING_VERSION,
  bumpListingVersionSql,
  deleteListingsSql,
  deletePricesSql,
  deleteStaleListingsSql,
  insertPricesSql,
  ProductListingInput,
  upsertListingSql,
} from "./listing/listing-writes"
import {
  adminListingPricesSql,
  adminSearchDealIdsSql,
  pruneListingSql,
  pruneOrphanPricesSql,
  LISTING_TABLES,
  reconcileBoughtCountsSql,
  staleStatisticsSql,
  unlistedProductIdsSql,
} from "./listing/maintenance-sql"
import {
  ListingCard,
  ListingPageRow,
  ListingSummary,
  ListingSummaryRow,
  toListingCard,
  toListingSummary,
} from "./listing/listing-rows"
import { listingPageSql, listingSummarySql, StoreListingQuery } from "./listing/store-listing-query"
import { join, raw, Sql, sql } from "./listing/sql"
import { Deal } from "./models/deal"
import { DealListing } from "./models/deal-listing"
import { DealListingPrice } from "./models/deal-listing-price"

type ProductQuantity = { product_id: string; quantity: number }

const LISTING_VERSION_SQL = raw("SELECT version FROM deal_listing_state WHERE id = 1")

const run = async <T = Record<string, unknown>>(manager: EntityManager, statement: Sql): Promise<T[]> =>
  (await manager.execute(statement.text, statement.values)) as T[]

/** Deal content, its sales counter, and the storefront listing's read model. */
class DealModuleService extends MedusaService({ Deal, DealListing, DealListingPrice }) {
  /**
   * Adds `quantity` (negative to subtract) to the bought counter of the deals of these
   * products and of their listing rows, in one statement: all rows change or none.
   * Returns what was applied, for compensation.
   */
  @InjectManager()
  async adjustBoughtCounts(
    quantities: ProductQuantity[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ProductQuantity[]> {
    const changes = quantities.filter(({ quantity }) => quantity)
    if (!changes.length) {
      return []
    }
    const input = join(
      changes.map(({ product_id, quantity }) => sql`(${product_id}::text, ${quantity}::int)`),
      ", "
    )
    return await run<ProductQuantity>(
      sharedContext.manager as EntityManager,
      sql`WITH input(product_id, quantity) AS (VALUES ${input}),
        deals AS (
          UPDATE deal d SET bought_count = GREATEST(d.bought_count + i.quantity, 0), updated_at = now()
          FROM input i WHERE d.product_id = i.product_id AND d.deleted_at IS NULL
          RETURNING d.id, d.product_id, i.quantity
        ),
        listings AS (
          UPDATE deal_listing l SET bought_count = GREATEST(l.bought_count + deals.quantity, 0)
          FROM deals WHERE l.id = deals.id RETURNING l.id
        ),
        state AS (${raw(BUMP_LISTING_VERSION)})
      SELECT product_id, quantity FROM deals`
    )
  }

  /** One page of the storefront listing, and the listing version it was read at. */
  @InjectManager()
  async listStoreDealCards(
    query: StoreListingQuery,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ cards: ListingCard[]; version: number | null }> {
    const manager = sharedContext.manager as EntityManager
    const rows = await run<ListingPageRow>(manager, listingPageSql(query))
    // An empty page carries no version: read it, so empty results are cached too.
    const version = rows.length ? rows[0].listing_version : (await run<{ version: string }>(manager, LISTING_VERSION_SQL))[0]?.version
    return { cards: rows.map(toListingCard), version: version == null ? null : Number(version) }
  }

  /**
   * The total of a listing query (and its facets when asked), the listing version it was
   * computed at, and the next moment a deal starts or ends: a cached summary is valid for
   * that version until that moment.
   */
  @InjectManager()
  async summarizeStoreDeals(
    query: StoreListingQuery,
    withFacets: boolean,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ListingSummary> {
    const [row] = await run<ListingSummaryRow>(sharedContext.manager as EntityManager, listingSummarySql(query, withFacets))
    return toListingSummary(row, withFacets)
  }

  /**
   * Writes the listing rows of these products from their deals and product data, and
   * removes the rows of `removedProductIds` (deleted or dealless products), in one transaction.
   */
  @InjectManager()
  async saveProductListings(
    products: ProductListingInput[],
    removedProductIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    await this.saveProductListings_(products, removedProductIds, sharedContext)
  }

  @InjectTransactionManager()
  protected async saveProductListings_(
    products: ProductListingInput[],
    removedProductIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as EntityManager
    const productIds = products.map(({ product_id }) => product_id)
    if (removedProductIds.length) {
      await run(manager, deleteListingsSql(removedProductIds))
    }
    if (productIds.length) {
      await run(manager, deleteStaleListingsSql(productIds))
      for (const product of products) {
        await run(manager, upsertListingSql(product))
      }
      await run(manager, deletePricesSql(productIds))
    }
    for (const product of products) {
      const prices = insertPricesSql(product)
      if (prices) {
        await run(manager, prices)
      }
    }
    await run(manager, bumpListingVersionSql)
  }

  /**
   * Refreshes the planner statistics of listing tables that grew or changed by more than 10 %
   * since they were last analysed. Autovacuum does the same, but only after up to a minute:
   * meanwhile, after a bulk import, PostgreSQL still believes the listing is nearly empty and
   * picks plans that read every row (seen: 26 ms instead of 0.5 ms at 300 deals).
   */
  @InjectManager()
  async refreshListingStatistics(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<string[]> {
    const manager = sharedContext.manager as EntityManager
    const stale = (await run<{ relname: string }>(manager, staleStatisticsSql)).map(({ relname }) => relname)
    for (const table of LISTING_TABLES.filter((name) => stale.includes(name))) {
      await run(manager, raw(`ANALYZE ${table}`))
    }
    return stale
  }

  /** Up to when price list starts and ends were applied to the listing; null before the first time. */
  @InjectManager()
  async priceWindowsCheckedAt(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<Date | null> {
    const [row] = await run<{ at: Date | null }>(
      sharedContext.manager as EntityManager,
      raw("SELECT price_windows_checked_at AS at FROM deal_listing_state WHERE id = 1")
    )
    return row?.at ? new Date(row.at) : null
  }

  /** Records that price list starts and ends up to `at` are in the listing (never moves back). */
  @InjectManager()
  async markPriceWindowsChecked(at: Date, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await run(sharedContext.manager as EntityManager, sql`UPDATE deal_listing_state
      SET price_windows_checked_at = greatest(price_windows_checked_at, ${at}::timestamptz) WHERE id = 1`)
  }

  /** Prices per region of these deals, as the listing holds them (for the admin list). */
  @InjectManager()
  async listListingPrices(
    dealIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    if (!dealIds.length) {
      return []
    }
    return await run<{
      deal_id: string
      region_id: string
      currency_code: string
      amount: string
      original_amount: string
    }>(sharedContext.manager as EntityManager, adminListingPricesSql(dealIds))
  }

  /** Ids of deals whose product title, subtitle, categories or city match `q` (admin search). */
  @InjectManager()
  async searchDealIds(
    q: string,
    limit: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const rows = await run<{ id: string }>(sharedContext.manager as EntityManager, adminSearchDealIdsSql(q, limit))
    return rows.map(({ id }) => id)
  }

  /**
   * Repairs drift between deals and the listing: realigns bought counters and returns the
   * products whose live deal has no listing row (to be projected again).
   */
  @InjectManager()
  async reconcileListing(
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ unlisted_product_ids: string[]; realigned: number }> {
    const manager = sharedContext.manager as EntityManager
    const realigned = await run(manager, reconcileBoughtCountsSql)
    const unlisted = await run<{ product_id: string }>(manager, unlistedProductIdsSql)
    return { unlisted_product_ids: unlisted.map(({ product_id }) => product_id), realigned: realigned.length }
  }

  /** The product ids of every live deal, in pages (for a full re-index). */
  @InjectManager()
  async listDealProductIds(
    page: { after?: string; limit: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const rows = await run<{ product_id: string }>(
      sharedContext.manager as EntityManager,
      sql`SELECT product_id FROM deal WHERE deleted_at IS NULL AND product_id > ${page.after ?? ""}
        ORDER BY product_id LIMIT ${page.limit}`
    )
    return rows.map(({ product_id }) => product_id)
  }

  /** Removes listing rows whose deal no longer exists (end of a full re-index). */
  @InjectManager()
  async pruneListing(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<number> {
    const manager = sharedContext.manager as EntityManager
    const removed = await run(manager, pruneListingSql)
    const orphans = await run(manager, pruneOrphanPricesSql)
    if (removed.length || orphans.length) {
      await run(manager, bumpListingVersionSql)
    }
    return removed.length
  }
}

export default DealModuleService
