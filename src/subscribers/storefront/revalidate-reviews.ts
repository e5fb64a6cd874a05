import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StorefrontTags, dealPageTags } from "../../lib/storefront/cache-tags"
import { revalidateStorefront } from "../../lib/storefront/revalidate-storefront"
import { ReviewEvents } from "../../modules/review/events"

/**
 * Regenerates a product's public reviews after a moderation or a reply, and its deal
 * page after a moderation (the page carries the rating). Listing cards show no rating.
 */
export default async function revalidateReviews({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: reviews } = await query.graph({ entity: "review", fields: ["product_id"], filters: { id: event.data.id } })
  const productId: string | undefined = reviews[0]?.product_id
  if (!productId) return
  const ratingChanged = event.name !== ReviewEvents.REPLIED
  const tags = [StorefrontTags.reviews(productId), ...(ratingChanged ? await dealPageTags(container, [productId]) : [])]
  await revalidateStorefront(tags, container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = {
  event: [ReviewEvents.APPROVED, ReviewEvents.REJECTED, ReviewEvents.REPLIED],
  context: { subscriberId: "storefront-revalidate-reviews" },
}
