import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { DealEvents } from "../../../modules/deal/events"

type Query = Omit<RemoteQueryFunction, symbol>
type EventData = { id?: string | string[]; product_ids?: string[] }

/** Events after which some deals' listing rows must be projected again. */
export const LISTING_EVENTS = [
  DealEvents.CREATED,
  DealEvents.UPDATED,
  DealEvents.DELETED,
  DealEvents.LISTING_PRODUCTS_CHANGED,
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "product-category.updated",
  "product-category.deleted",
  "sales-channel.updated",
  "sales-channel.deleted",
  "pricing.price.created",
  "pricing.price.updated",
  "pricing.price.deleted",
  "pricing.price-list.created",
  "pricing.price-list.updated",
  "pricing.price-list.deleted",
  "region.created",
  "region.updated",
  "region.deleted",
] as const

/** Events that change every deal's listing (a region's currency or existence). */
export const FULL_REINDEX_EVENTS = new Set<string>(["region.created", "region.updated", "region.deleted"])

const ids = (data: EventData) => (Array.isArray(data.id) ? data.id : data.id ? [data.id] : [])

const column = (rows: Record<string, unknown>[], key: string) =>
  [...new Set(rows.map((row) => row[key]).filter((value): value is string => typeof value === "string"))]

async function productsOfPriceSets(query: Query, priceSetIds: string[]) {
  if (!priceSetIds.length) return []
  const { data } = await query.graph({
    entity: "product_variant_price_set",
    fields: ["variant.product_id"],
    filters: { price_set_id: priceSetIds },
  })
  return column(data.map((row: { variant?: { product_id?: string } }) => ({ product_id: row.variant?.product_id })), "product_id")
}

/**
 * The products whose deal listing an event affects, read through `query.graph`
 * (deleted records included, so a deletion still finds its product).
 */
export async function listingAffectedProducts(container: MedusaContainer, name: string, data: EventData): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const eventIds = ids(data)
  const read = async (entity: string, fields: string[], filters: Record<string, unknown>) =>
    (await query.graph({ entity, fields, filters, withDeleted: true })).data as Record<string, unknown>[]

  if (name === DealEvents.LISTING_PRODUCTS_CHANGED) return data.product_ids ?? []
  if (!eventIds.length) return []
  if (name.startsWith("deal.")) return column(await read("deal", ["product_id"], { id: eventIds }), "product_id")
  if (name.startsWith("product.")) return eventIds
  if (name.startsWith("product-variant.")) return column(await read("product_variant", ["product_id"], { id: eventIds }), "product_id")
  if (name.startsWith("product-category.")) {
    const rows = await read("product_category", ["products.id"], { id: eventIds })
    return column(rows.flatMap((row) => (row.products as { id: string }[] | undefined) ?? []), "id")
  }
  if (name.startsWith("sales-channel.")) {
    const { data: links } = await query.graph({ entity: "product_sales_channel", fields: ["product_id"], filters: { sales_channel_id: eventIds } })
    return column(links, "product_id")
  }
  if (name.startsWith("pricing.price-list.")) {
    const rows = await read("price", ["price_set_id"], { price_list_id: eventIds })
    return productsOfPriceSets(query, column(rows, "price_set_id"))
  }
  if (name.startsWith("pricing.price.")) {
    return productsOfPriceSets(query, column(await read("price", ["price_set_id"], { id: eventIds }), "price_set_id"))
  }
  return []
}
