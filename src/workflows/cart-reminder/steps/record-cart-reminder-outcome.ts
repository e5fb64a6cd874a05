import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_REMINDER_MODULE } from "../../../modules/cart-reminder"
import type CartReminderModuleService from "../../../modules/cart-reminder/service"

export type CartReminderOutcome =
  | { cart_id: string; restored: true }
  | { cart_id: string; recovered: { order_id: string; order_total: number; currency_code: string } }

type Previous = { id: string; restored_at: Date | null; recovered_at: Date | null; order_id: string | null; order_total: number | null; currency_code: string | null }

/**
 * Records what a reminded cart did: its link opened (the first time), or its order (once).
 * A cart that was never reminded is left alone. Undone by writing the previous values back.
 */
export const recordCartReminderOutcomeStep = createStep(
  "record-cart-reminder-outcome",
  async (outcome: CartReminderOutcome, { container }) => {
    const reminders: CartReminderModuleService = container.resolve(CART_REMINDER_MODULE)
    const [reminder] = await reminders.listCartReminders(
      { cart_id: outcome.cart_id },
      { select: ["id", "restored_at", "recovered_at", "order_id", "order_total", "currency_code"] }
    )
    if (!reminder) return new StepResponse(false, null)
    const previous = { ...reminder, order_total: reminder.order_total == null ? null : Number(reminder.order_total) } as Previous
    if ("restored" in outcome) {
      if (reminder.restored_at) return new StepResponse(false, null)
      await reminders.updateCartReminders({ id: reminder.id, restored_at: new Date() })
    } else {
      if (reminder.recovered_at) return new StepResponse(false, null)
      await reminders.updateCartReminders({ id: reminder.id, recovered_at: new Date(), ...outcome.recovered })
    }
    return new StepResponse(true, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const reminders: CartReminderModuleService = container.resolve(CART_REMINDER_MODULE)
    await reminders.updateCartReminders(previous)
  }
)
