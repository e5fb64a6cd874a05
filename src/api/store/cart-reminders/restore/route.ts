import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { reminderLinkKey, restoreLinkProblem } from "../../../../lib/cart-reminder/signed-links"
import type { StoreRestoreCartResponse } from "../../../../types/http/cart-reminder"
import { recordCartReminderOutcomeWorkflow } from "../../../../workflows/cart-reminder/record-cart-reminder-outcome"
import type { StoreRestoreCartType } from "../validators"

/**
 * A reminder's link: checks its signature and expiry, and that the cart can still be bought,
 * then names the cart for the storefront to put back in the shopper's session (any device).
 */
export async function POST(req: MedusaRequest<StoreRestoreCartType>, res: MedusaResponse<StoreRestoreCartResponse>) {
  const link = req.validatedBody
  // Date.now(): the clock a test can move.
  const problem = restoreLinkProblem(reminderLinkKey(req.scope), link, new Date(Date.now()))
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: link.cart_id } })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${link.cart_id} no longer exists`)
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart has already been ordered")
  await recordCartReminderOutcomeWorkflow(req.scope).run({ input: { cart_id: cart.id, restored: true } })
  res.json({ cart_id: cart.id })
}
