import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertDealQuantities } from "../../../modules/deal/quantity-limits"
import { unitsAfterChange } from "./cart-quantity-limits"

type DealWindow = {
  product_id: string
  starts_at: string | Date | null
  ends_at: string | Date | null
  min_quantity: number
  max_quantity: number | null
  product?: { title?: string } | null
}

/**
 * Checks deals again when the cart is completed: a cart may wait for days while an offer
 * ends, or while the merchant changes its per-order limits. The message starts with
 * `The offer "…" has ended` for the storefront to word it in the shopper's language.
 */
completeCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const totals = await unitsAfterChange(container, input.id, {})
  const productIds = [...totals.keys()]
  if (!productIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // One query for both checks: this runs on every order placed.
  const { data: deals } = await query.graph({
    entity: "deal",
    fields: ["product_id", "starts_at", "ends_at", "min_quantity", "max_quantity", "product.title"],
    filters: { product_id: productIds },
  })
  // Date.now(): the clock a test can move.
  const now = Date.now()
  for (const deal of deals as DealWindow[]) {
    const title = deal.product?.title ?? deal.product_id
    if (deal.ends_at && new Date(deal.ends_at).getTime() <= now) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The offer "${title}" has ended: remove it from the cart to order the rest`)
    }
    if (deal.starts_at && new Date(deal.starts_at).getTime() > now) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The offer "${title}" has not started yet`)
    }
  }
  assertDealQuantities(
    totals,
    (deals as DealWindow[]).map((deal) => ({
      product_id: deal.product_id,
      title: deal.product?.title ?? deal.product_id,
      min_quantity: deal.min_quantity,
      max_quantity: deal.max_quantity,
    }))
  )
})
