import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The storefront's cache tags (its `next: { tags }`), one place for the backend to name them. */
export const StorefrontTags = {
  /** Every deal list: listing and home pages. */
  DEALS: "deals",
  CATEGORIES: "categories",
  /** One deal page (`GET /store/deals/:handle`: prices, bought count, rating). */
  deal: (handle: string) => `deal:${handle}`,
  /** A product's approved reviews. */
  reviews: (productId: string) => `reviews:${productId}`,
}

/** The deal page tags of these products, deleted ones included: their page must go too. */
export async function dealPageTags(container: MedusaContainer, productIds: string[]): Promise<string[]> {
  if (!productIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["handle"], filters: { id: productIds }, withDeleted: true })
  return data.map((product: { handle: string }) => StorefrontTags.deal(product.handle))
}
