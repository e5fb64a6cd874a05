import {
  InjectManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Deal } from "./models/deal"

/** Deal content and its sales counter. */
class DealModuleService extends MedusaService({ Deal }) {
  /**
   * Adds `quantity` (negative to subtract) to the bought counter of the deals of these
   * products in one atomic UPDATE, so concurrent orders never lose an increment.
   * Returns the deals that were touched, with the quantity applied, for compensation.
   */
  @InjectManager()
  async adjustBoughtCounts(
    quantities: { product_id: string; quantity: number }[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ product_id: string; quantity: number }[]> {
    const manager = sharedContext.manager as EntityManager
    const applied: { product_id: string; quantity: number }[] = []
    for (const { product_id, quantity } of quantities) {
      if (!quantity) {
        continue
      }
      const rows = await manager.execute(
        `UPDATE "deal" SET "bought_count" = GREATEST("bought_count" + ?, 0), "updated_at" = now()
         WHERE "product_id" = ? AND "deleted_at" IS NULL RETURNING "id"`,
        [quantity, product_id]
      )
      if (rows.length) {
        applied.push({ product_id, quantity })
      }
    }
    return applied
  }
}

export default DealModuleService
