import type { ExecArgs } from "@medusajs/framework/types"
import { reindexDealListings } from "@comptoir/medusa-plugin/workflows"

/**
 * Rebuilds the storefront deal listing from the deals, products and prices, for recovery:
 * `npx medusa exec ./src/scripts/reindex-deals.ts` (from backend/). The admin's Deals page
 * has the same action as a button.
 */
export default async function reindexDeals({ container }: ExecArgs) {
  const result = await reindexDealListings(container)
  console.log(`Deal listing re-index ${result.state}: ${result.processed} deals${result.error ? ` — ${result.error}` : ""}`)
  if (result.state === "failed") {
    process.exitCode = 1
  }
}
