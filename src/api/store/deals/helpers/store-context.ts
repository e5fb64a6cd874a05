import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Omit<RemoteQueryFunction, symbol>

const REGION_TTL_MS = 30_000
const regions = new Map<string, { currency_code: string; expires_at: number }>()

/**
 * The region's currency, or a 400 naming the unknown region. Regions change rarely and
 * every listing request names one: known regions are remembered for 30 seconds.
 */
export async function regionCurrency(scope: MedusaContainer, regionId: string): Promise<string> {
  const cached = regions.get(regionId)
  if (cached && cached.expires_at > Date.now()) {
    return cached.currency_code
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: regionId } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Region with id: ${regionId} was not found`)
  }
  regions.set(regionId, { currency_code: data[0].currency_code, expires_at: Date.now() + REGION_TTL_MS })
  return data[0].currency_code
}

/** Fails with a 400 when the region does not exist. */
export async function assertRegionExists(scope: MedusaContainer, regionId: string): Promise<void> {
  await regionCurrency(scope, regionId)
}

/** The `context` that makes query.graph compute variant prices for a region, if one is given. */
export async function pricingContext(scope: MedusaContainer, regionId?: string) {
  if (!regionId) {
    return undefined
  }
  const currency_code = await regionCurrency(scope, regionId)
  return { variants: { calculated_price: QueryContext({ region_id: regionId, currency_code }) } }
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
