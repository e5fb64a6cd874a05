import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { REVIEW_MODULE } from "../../../../modules/review"
import type ReviewModuleService from "../../../../modules/review/service"
import { pricingContext, productsInSalesChannels } from "./store-context"
import { DEAL_DETAIL_FIELDS, PRODUCT_DETAIL_FIELDS, toStoreDealDetail, VARIANT_PRICE_FIELDS } from "./store-deal"

/**
 * One deal page by its product's handle: product, variants with prices, deal content.
 * A deal that has not started yet is not public; one that has ended still is (as ended).
 */
export async function retrieveStoreDeal(
  scope: MedusaContainer,
  handle: string,
  regionId: string | undefined,
  salesChannelIds: string[] | undefined
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const context = await pricingContext(scope, regionId)
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `Deal with handle: ${handle} was not found`)

  const { data: products } = await query.graph({
    entity: "product",
    fields: [...PRODUCT_DETAIL_FIELDS, ...(context ? VARIANT_PRICE_FIELDS : [])],
    filters: { handle, status: "published" },
    ...(context && { context }),
  })
  const product = products[0]
  if (!product || !(await productsInSalesChannels(query, [product.id], salesChannelIds)).has(product.id)) {
    throw notFound
  }
  const { data: deals } = await query.graph({
    entity: "deal",
    fields: DEAL_DETAIL_FIELDS,
    filters: { product_id: product.id },
  })
  const deal = deals[0]
  if (!deal || (deal.starts_at && new Date(deal.starts_at) > new Date())) {
    throw notFound
  }
  const [rating] = await (scope.resolve(REVIEW_MODULE) as ReviewModuleService).summarizeRatings([product.id])
  return toStoreDealDetail(deal, product, { average: rating.average, count: rating.count })
}
