import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { optOutLinkIsValid, reminderLinkKey } from "../../../../lib/cart-reminder/signed-links"
import type { StoreCartReminderOptOutResponse } from "../../../../types/http/cart-reminder"
import { optOutOfCartRemindersWorkflow } from "../../../../workflows/cart-reminder/opt-out-of-cart-reminders"
import type { StoreCartReminderOptOutType } from "../validators"

/** A reminder's "unsubscribe" link: no cart reminder goes to this address any more. */
export async function POST(req: MedusaRequest<StoreCartReminderOptOutType>, res: MedusaResponse<StoreCartReminderOptOutResponse>) {
  const { email, signature } = req.validatedBody
  if (!optOutLinkIsValid(reminderLinkKey(req.scope), email, signature)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This unsubscribe link is not valid")
  }
  const { result: stored } = await optOutOfCartRemindersWorkflow(req.scope).run({ input: { email } })
  res.json({ email: stored, opted_out: true })
}
