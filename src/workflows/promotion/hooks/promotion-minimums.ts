import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { codesMeetingMinimum, MINIMUM_MET_ATTRIBUTE, type PromotionWithMinimums } from "../../../lib/promotion/minimums"

type CartForPromotions = {
  currency_code: string
  item_total?: unknown
  promotions?: ({ code?: string | null } | null)[] | null
  items?: ({ adjustments?: ({ code?: string | null } | null)[] | null } | null)[] | null
}

// Every time Medusa computes a cart's promotions (a code added, a line changed), tell its rules
// which codes meet their minimum in the cart's currency (see lib/promotion/minimums.ts).
updateCartPromotionsWorkflow.hooks.setPromotionContext(async ({ cart, promo_codes }, { container }) => {
  const current = cart as unknown as CartForPromotions
  const codes = new Set<string>(promo_codes ?? [])
  for (const promotion of current.promotions ?? []) if (promotion?.code) codes.add(promotion.code)
  for (const item of current.items ?? []) for (const adjustment of item?.adjustments ?? []) if (adjustment?.code) codes.add(adjustment.code)
  // No attribute rather than an empty list: Medusa's automatic-promotion query turns an empty
  // list into invalid SQL. A missing attribute fails the rule all the same.
  if (!codes.size) {
    return new StepResponse({})
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: promotions } = await query.graph({ entity: "promotion", fields: ["code", "metadata"], filters: { code: [...codes] } })
  const itemTotal = MathBN.convert((current.item_total ?? 0) as number).toNumber()
  const met = codesMeetingMinimum(promotions as PromotionWithMinimums[], current.currency_code, itemTotal)
  return new StepResponse(met.length ? { [MINIMUM_MET_ATTRIBUTE]: met } : {})
})
