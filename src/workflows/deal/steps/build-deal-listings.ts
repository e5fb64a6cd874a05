import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cheapestDealPrice, PricedVariant } from "../../../modules/deal/deal-price"
import type { ListingPriceInput, ProductListingInput } from "../../../modules/deal/listing/listing-writes"

export const buildDealListingsStepId = "build-deal-listings"

export type DealListingsProjection = {
  products: ProductListingInput[]
  /** Products that must have no listing row: deleted, or without a live deal. */
  removed_product_ids: string[]
}

type ProductRow = {
  id: string
  status: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  categories?: { id: string; name: string; is_active?: boolean; is_internal?: boolean }[] | null
  sales_channels?: ({ id: string } | null)[] | null
}

const PRODUCT_FIELDS = [
  "id",
  "status",
  "handle",
  "title",
  "description",
  "thumbnail",
  "categories.id",
  "categories.name",
  "categories.is_active",
  "categories.is_internal",
  "sales_channels.id",
]

const PRICE_FIELDS = [
  "id",
  "variants.id",
  "variants.calculated_price.calculated_amount",
  "variants.calculated_price.original_amount",
  "variants.calculated_price.currency_code",
]

/**
 * Reads what the listing shows of these products — product data, visible categories,
 * sales channels, and the cheapest variant's price in every region (Medusa's pricing,
 * one query per region) — for the products that have a live deal. Reads only.
 */
export const buildDealListingsStep = createStep(
  buildDealListingsStepId,
  async (input: { product_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const productIds = [...new Set(input.product_ids)]
    if (!productIds.length) {
      return new StepResponse<DealListingsProjection>({ products: [], removed_product_ids: [] })
    }
    const { data: deals } = await query.graph({ entity: "deal", fields: ["product_id"], filters: { product_id: productIds } })
    const dealProductIds = [...new Set(deals.map((deal: { product_id: string }) => deal.product_id))]
    const { data: products } = dealProductIds.length
      ? await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: dealProductIds } })
      : { data: [] }
    const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code"] })

    const prices = new Map<string, ListingPriceInput[]>()
    for (const region of regions as { id: string; currency_code: string }[]) {
      if (!products.length) break
      const { data: priced } = await query.graph({
        entity: "product",
        fields: PRICE_FIELDS,
        filters: { id: products.map((product: ProductRow) => product.id) },
        context: {
          variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) },
        },
      })
      for (const product of priced as { id: string; variants?: PricedVariant[] }[]) {
        const price = cheapestDealPrice(product.variants)
        if (price) {
          const list = prices.get(product.id) ?? []
          list.push({
            region_id: region.id,
            currency_code: price.currency_code,
            variant_id: price.variant_id,
            amount: price.calculated_amount,
            original_amount: price.original_amount,
          })
          prices.set(product.id, list)
        }
      }
    }

    const listed = (products as ProductRow[]).map((product): ProductListingInput => {
      // The store shows active, public categories only: facets must not reveal the others.
      const categories = (product.categories ?? []).filter((category) => category.is_active !== false && !category.is_internal)
      return {
        product_id: product.id,
        product_status: product.status,
        handle: product.handle,
        title: product.title,
        description: product.description,
        thumbnail: product.thumbnail,
        category_ids: categories.map(({ id }) => id),
        category_names: categories.map(({ name }) => name),
        sales_channel_ids: (product.sales_channels ?? []).flatMap((channel) => (channel?.id ? [channel.id] : [])),
        prices: prices.get(product.id) ?? [],
      }
    })
    const listedIds = new Set(listed.map(({ product_id }) => product_id))
    return new StepResponse<DealListingsProjection>({
      products: listed,
      removed_product_ids: productIds.filter((id) => !listedIds.has(id)),
    })
  }
)
