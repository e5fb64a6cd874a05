import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createApiKeysWorkflow,
  createOrderWorkflow,
  createPriceListsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"

/** A sales channel, a publishable key selling it, and a France region in EUR. */
export async function createStoreContext(container: MedusaContainer) {
  const { result: [salesChannel] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Comptoir test" }] },
  })
  const { result: [apiKey] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "France", currency_code: "eur", countries: ["fr"] }] },
  })
  return {
    salesChannel,
    region,
    storeHeaders: { headers: { "x-publishable-api-key": apiKey.token } },
  }
}

export async function createCategory(container: MedusaContainer, name: string, handle: string) {
  const { result: [category] } = await createProductCategoriesWorkflow(container).run({
    input: { product_categories: [{ name, handle, is_active: true }] },
  })
  return category
}

type ProductSpec = {
  title: string
  handle: string
  /** Regular price in EUR; `sale` adds a sale price list with the deal price. */
  price: number
  sale?: number
  description?: string
  salesChannelId?: string
  categoryIds?: string[]
  status?: "published" | "draft"
}

/** A one-variant product priced in EUR, with an optional sale price. */
export async function createPricedProduct(container: MedusaContainer, spec: ProductSpec) {
  const { result: [product] } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: spec.title,
          handle: spec.handle,
          ...(spec.description && { description: spec.description }),
          status: spec.status ?? "published",
          options: [{ title: "Formule", values: ["Standard"] }],
          variants: [
            {
              title: "Standard",
              options: { Formule: "Standard" },
              manage_inventory: false,
              prices: [{ amount: spec.price, currency_code: "eur" }],
            },
          ],
          ...(spec.salesChannelId && { sales_channels: [{ id: spec.salesChannelId }] }),
          ...(spec.categoryIds && { category_ids: spec.categoryIds }),
        },
      ],
    },
  })
  const variant = product.variants[0]
  if (spec.sale != null) {
    await createPriceListsWorkflow(container).run({
      input: {
        price_lists_data: [
          {
            title: `Sale ${spec.handle}`,
            description: "deal price",
            type: "sale",
            status: "active",
            prices: [{ variant_id: variant.id, amount: spec.sale, currency_code: "eur" }],
          },
        ],
      },
    })
  }
  return { product, variant }
}

type OrderSpec = { variant_id: string; quantity?: number; email: string; customer_id?: string }

/** A one-line order in the store context's region and sales channel (no `order.placed`: tests emit it when they need it). */
export async function createStoreOrder(container: MedusaContainer, store: Awaited<ReturnType<typeof createStoreContext>>, spec: OrderSpec) {
  const { result: order } = await createOrderWorkflow(container).run({
    input: {
      region_id: store.region.id,
      sales_channel_id: store.salesChannel.id,
      ...(spec.customer_id && { customer_id: spec.customer_id }),
      email: spec.email,
      currency_code: "eur",
      items: [{ variant_id: spec.variant_id, quantity: spec.quantity ?? 1 }],
    },
  })
  return order
}
