import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { promoCodeVerdict, type PromotionForVerdict } from "../../../../lib/promotion/promo-code-verdict"
import type { StorePromoCodeResponse } from "../../../../types/http/promotion"
import type { StoreGetPromoCodeParamsType } from "../validators"

/**
 * Whether a promo code applies to a cart, and why not: what the storefront shows after Medusa
 * accepted the code without applying it (rules not met) or refused it as unknown.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetPromoCodeParamsType>, res: MedusaResponse<StorePromoCodeResponse>) {
  const code = req.params.code
  const { cart_id } = req.validatedQuery as StoreGetPromoCodeParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: [cart] }, { data: [promotion] }] = await Promise.all([
    query.graph({ entity: "cart", fields: ["id", "currency_code", "item_total", "promotions.code"], filters: { id: cart_id } }),
    query.graph({
      entity: "promotion",
      fields: ["code", "status", "limit", "used", "metadata", "campaign.starts_at", "campaign.ends_at"],
      filters: { code },
    }),
  ])
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cart_id} was not found`)
  }
  const applied = (cart.promotions ?? []).some((promotion: { code?: string | null } | null) => promotion?.code === code)
  const itemTotal = MathBN.convert((cart.item_total ?? 0) as number).toNumber()
  res.json({
    promo_code: promoCodeVerdict(code, promotion as PromotionForVerdict | undefined, { currency_code: cart.currency_code, item_total: itemTotal, applied }),
  })
}
