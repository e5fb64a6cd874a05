import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { addToCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertDealQuantities, DealQuantityLimit } from "../../../modules/deal/quantity-limits"

type CartLine = { id: string; variant_id?: string | null; quantity: unknown }

const units = (quantity: unknown) => MathBN.convert(quantity as number).toNumber()

/** Units per product once the change is applied: the cart's lines, edited or extended. */
export async function unitsAfterChange(
  container: MedusaContainer,
  cartId: string,
  change: { added?: { variant_id?: string | null; quantity: unknown }[]; updated?: { item_id: string; quantity: unknown } }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // The cart the hooks receive does not always carry its lines: read them (under the cart's lock).
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["items.id", "items.variant_id", "items.quantity"],
    filters: { id: cartId },
  })
  const lines: CartLine[] = (carts[0]?.items ?? []).filter((line: CartLine | null): line is CartLine => !!line)
  const { updated } = change
  const entries = [
    ...lines.map((line) => ({
      variant_id: line.variant_id,
      quantity: updated && line.id === updated.item_id ? units(updated.quantity) : units(line.quantity),
    })),
    ...(change.added ?? []).map((item) => ({ variant_id: item.variant_id, quantity: units(item.quantity) })),
  ]
  const variantIds = [...new Set(entries.map((entry) => entry.variant_id).filter((id): id is string => !!id))]
  const totals = new Map<string, number>()
  if (!variantIds.length) {
    return totals
  }
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: variantIds } })
  const productOf = new Map(variants.map((variant: { id: string; product_id: string }) => [variant.id, variant.product_id]))
  for (const { variant_id, quantity } of entries) {
    const productId = variant_id ? productOf.get(variant_id) : undefined
    if (productId) totals.set(productId, (totals.get(productId) ?? 0) + quantity)
  }
  return totals
}

async function dealLimits(container: MedusaContainer, productIds: string[]): Promise<DealQuantityLimit[]> {
  if (!productIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: deals } = await query.graph({
    entity: "deal",
    fields: ["product_id", "min_quantity", "max_quantity", "product.title"],
    filters: { product_id: productIds },
  })
  return deals.map((deal: { product_id: string; min_quantity: number; max_quantity: number | null; product?: { title?: string } }) => ({
    product_id: deal.product_id,
    title: deal.product?.title ?? deal.product_id,
    min_quantity: deal.min_quantity,
    max_quantity: deal.max_quantity,
  }))
}

// Medusa's cart workflows hold a lock on the cart while these run, so two parallel
// additions to one cart cannot both pass the check.
addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const totals = await unitsAfterChange(container, input.cart_id, { added: input.items })
  assertDealQuantities(totals, await dealLimits(container, [...totals.keys()]))
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const totals = await unitsAfterChange(container, input.cart_id, {
    updated: { item_id: input.item_id, quantity: input.update.quantity },
  })
  assertDealQuantities(totals, await dealLimits(container, [...totals.keys()]))
})
