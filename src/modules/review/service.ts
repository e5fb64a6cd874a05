import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Review } from "./models/review"

/** Average, count and 1–5 distribution of a product's approved reviews. */
export type RatingSummary = {
  product_id: string
  average: number
  count: number
  /** Reviews per star, index 0 = 1 star … index 4 = 5 stars. */
  distribution: [number, number, number, number, number]
}

type SummaryRow = { product_id: string; rating: number; count: string }

/** Verified buyers' reviews, their moderation and their rating summaries. */
class ReviewModuleService extends MedusaService({ Review }) {
  /** Rating summaries of approved reviews, one per product asked (zeros when none). */
  @InjectManager()
  async summarizeRatings(
    productIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<RatingSummary[]> {
    if (!productIds.length) {
      return []
    }
    const rows = (await (sharedContext.manager as EntityManager).execute(
      `SELECT product_id, rating, count(*) AS count FROM review
        WHERE deleted_at IS NULL AND status = 'approved' AND product_id IN (${productIds.map(() => "?").join(", ")})
        GROUP BY product_id, rating`,
      productIds
    )) as SummaryRow[]
    return productIds.map((product_id) => {
      const distribution: RatingSummary["distribution"] = [0, 0, 0, 0, 0]
      for (const row of rows.filter((row) => row.product_id === product_id)) {
        distribution[Number(row.rating) - 1] = Number(row.count)
      }
      const count = distribution.reduce((sum, value) => sum + value, 0)
      const total = distribution.reduce((sum, value, index) => sum + value * (index + 1), 0)
      // One decimal, as shown ("4,3 / 5"); exact sums stay in the distribution.
      return { product_id, count, distribution, average: count ? Math.round((total / count) * 10) / 10 : 0 }
    })
  }
}

export default ReviewModuleService
