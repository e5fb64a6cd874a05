import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEAL_MODULE } from "../../modules/deal"
import type DealModuleService from "../../modules/deal/service"
import type { AdminDealReindexStatus } from "../../types/http/deal"
import { refreshDealListingsWorkflow } from "./refresh-deal-listings"

const BATCH = 100

let progress: AdminDealReindexStatus = {
  state: "idle",
  processed: 0,
  total: 0,
  started_at: null,
  finished_at: null,
  error: null,
}
let running: Promise<AdminDealReindexStatus> | null = null

/** Where the last full re-index of this process stands. */
export const dealReindexProgress = (): AdminDealReindexStatus => ({ ...progress })

/**
 * Rebuilds the whole deal listing: projects every live deal again, batch by batch
 * (`refreshDealListingsWorkflow`), then drops rows whose deal is gone. For recovery, and
 * after a region changes. A second call while one runs joins it instead of starting over.
 */
export function reindexDealListings(container: MedusaContainer): Promise<AdminDealReindexStatus> {
  if (!running) {
    // Marked running before the first await, so a caller reading the progress sees it.
    progress = { state: "running", processed: 0, total: progress.total, started_at: new Date().toISOString(), finished_at: null, error: null }
  }
  running ??= runReindex(container).finally(() => {
    running = null
  })
  return running
}

async function runReindex(container: MedusaContainer): Promise<AdminDealReindexStatus> {
  const dealService: DealModuleService = container.resolve(DEAL_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [, total] = await dealService.listAndCountDeals({}, { select: ["id"], take: 1 })
  progress = { ...progress, total }
  try {
    let after: string | undefined
    for (;;) {
      const productIds = await dealService.listDealProductIds({ after, limit: BATCH })
      if (!productIds.length) break
      await refreshDealListingsWorkflow(container).run({ input: { product_ids: productIds } })
      progress = { ...progress, processed: progress.processed + productIds.length, total: Math.max(total, progress.processed + productIds.length) }
      after = productIds[productIds.length - 1]
    }
    await dealService.pruneListing()
    progress = { ...progress, state: "done", finished_at: new Date().toISOString() }
    logger.info(`Deal listing re-indexed: ${progress.processed} deals`)
  } catch (error) {
    progress = { ...progress, state: "failed", finished_at: new Date().toISOString(), error: (error as Error).message }
    logger.error(`Deal listing re-index failed: ${(error as Error).message}`)
  }
  return dealReindexProgress()
}
