import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StorefrontTags, dealPageTags } from "../../lib/storefront/cache-tags"
import { revalidateStorefront } from "../../lib/storefront/revalidate-storefront"
import { DealEvents } from "../../modules/deal/events"

/**
 * Regenerates the storefront's deal lists and these products' deal pages once their
 * listing rows or "N bought" counters are saved (both events are released only after
 * their workflow succeeded, so the storefront never rebuilds from stale rows).
 */
export default async function revalidateDealPages({ event, container }: SubscriberArgs<{ product_ids: string[] }>) {
  const tags = await dealPageTags(container, event.data.product_ids)
  await revalidateStorefront([StorefrontTags.DEALS, ...tags], container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = {
  event: [DealEvents.LISTING_REFRESHED, DealEvents.BOUGHT_COUNTS_CHANGED],
  context: { subscriberId: "storefront-revalidate-deal-pages" },
}
