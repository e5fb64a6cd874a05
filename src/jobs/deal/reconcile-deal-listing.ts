import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileDealListing } from "../../workflows/deal/reconcile-deal-listing"

/** Hourly: repairs listing drift that events missed, and says so when there was any. */
export default async function reconcileDealListingJob(container: MedusaContainer) {
  const result = await reconcileDealListing(container)
  if (result.realigned || result.listed || result.pruned) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Deal listing drift repaired: ${JSON.stringify(result)}`)
  }
}

export const config = { name: "comptoir-deal-listing-reconcile", schedule: "17 * * * *" }
