import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, ProductCategoryWorkflowEvents } from "@medusajs/framework/utils"
import { StorefrontTags } from "../../lib/storefront/cache-tags"
import { revalidateStorefront } from "../../lib/storefront/revalidate-storefront"

/** Regenerates the storefront's category list (deal pages follow through the listing refresh). */
export default async function revalidateCategories({ container }: SubscriberArgs<{ id: string }>) {
  await revalidateStorefront([StorefrontTags.CATEGORIES], container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = {
  event: [ProductCategoryWorkflowEvents.CREATED, ProductCategoryWorkflowEvents.UPDATED, ProductCategoryWorkflowEvents.DELETED],
  context: { subscriberId: "storefront-revalidate-categories" },
}
