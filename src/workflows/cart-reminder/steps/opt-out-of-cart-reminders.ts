import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_REMINDER_MODULE } from "../../../modules/cart-reminder"
import type CartReminderModuleService from "../../../modules/cart-reminder/service"

/** Records an address's opt-out; undone by removing it when this step created it. */
export const optOutOfCartRemindersStep = createStep(
  "opt-out-of-cart-reminders",
  async (email: string, { container }) => {
    const reminders: CartReminderModuleService = container.resolve(CART_REMINDER_MODULE)
    const created = await reminders.optOut(email)
    return new StepResponse(email.trim().toLowerCase(), created ? email.trim().toLowerCase() : null)
  },
  async (email, { container }) => {
    if (!email) return
    const reminders: CartReminderModuleService = container.resolve(CART_REMINDER_MODULE)
    const rows = await reminders.listCartReminderOptOuts({ email }, { select: ["id"] })
    await reminders.deleteCartReminderOptOuts(rows.map((row) => row.id))
  }
)
