import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CART_REMINDER_MODULE } from "../../../../modules/cart-reminder"
import type CartReminderModuleService from "../../../../modules/cart-reminder/service"
import type { AdminCartReminderStatsResponse } from "../../../../types/http/cart-reminder"
import type { AdminGetCartReminderStatsParamsType } from "../validators"

/** What abandoned-cart reminders did over the last `days` days (reminders first sent in that period). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetCartReminderStatsParamsType>, res: MedusaResponse<AdminCartReminderStatsResponse>) {
  const { days } = req.validatedQuery
  const reminders: CartReminderModuleService = req.scope.resolve(CART_REMINDER_MODULE)
  const since = new Date(Date.now() - days * 86_400_000)
  res.json({ stats: { days, ...(await reminders.summarize(since)) } })
}
