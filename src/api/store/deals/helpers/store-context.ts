import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Omit<RemoteQueryFunction, symbol>

/** The `context` that makes query.graph compute variant prices for a region, if one is given. */
export async function pricingContext(scope: MedusaContainer, regionId?: string) {
  if (!regionId) {
    return undefined
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { id: regionId },
  })
  if (!regions.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Region with id: ${regionId} was not found`)
  }
  return {
    variants: {
      calculated_price: QueryContext({ region_id: regionId, currency_code: regions[0].currency_code }),
    },
  }
}

/**
 * The subset of these products that the publishable key's sales channels sell.
 * A key without sales channels restricts nothing.
 */
export async function productsInSalesChannels(
  query: Query,
  productIds: string[],
  salesChannelIds: string[] | undefined
): Promise<Set<string>> {
  if (!salesChannelIds?.length || !productIds.length) {
    return new Set(productIds)
  }
  const { data: links } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { product_id: productIds, sales_channel_id: salesChannelIds },
  })
  return new Set(links.map((link: { product_id: string }) => link.product_id))
}
