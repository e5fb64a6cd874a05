import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { optOutLinkIsValid, reminderLinkKey } from "../../../../lib/cart-reminder/signed-links"
import { CART_REMINDER_MODULE } from "../../../../modules/cart-reminder"
import type CartReminderModuleService from "../../../../modules/cart-reminder/service"
import type { StoreCartReminderOptOutResponse } from "../../../../types/http/cart-reminder"
import type { StoreCartReminderOptOutType } from "../validators"

/** A reminder's "unsubscribe" link: no cart reminder goes to this address any more. */
export async function POST(req: MedusaRequest<StoreCartReminderOptOutType>, res: MedusaResponse<StoreCartReminderOptOutResponse>) {
  const { email, signature } = req.validatedBody
  if (!optOutLinkIsValid(reminderLinkKey(req.scope), email, signature)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This unsubscribe link is not valid")
  }
  const reminders: CartReminderModuleService = req.scope.resolve(CART_REMINDER_MODULE)
  await reminders.optOut(email)
  res.json({ email: email.trim().toLowerCase(), opted_out: true })
}
