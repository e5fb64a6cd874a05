import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_REMINDER_MODULE } from "../../../modules/cart-reminder"
import type CartReminderModuleService from "../../../modules/cart-reminder/service"

export type ClaimCartReminderInput = { cart_id: string; email: string; stage: 1 | 2; now: string }

/** Claims reminder `stage` of a cart (true when this run is the one to send it); undone by taking the claim back. */
export const claimCartReminderStep = createStep(
  "claim-cart-reminder",
  async (input: ClaimCartReminderInput, { container }) => {
    const reminders: CartReminderModuleService = container.resolve(CART_REMINDER_MODULE)
    const claimed = await reminders.claimReminder({ ...input, now: new Date(input.now) })
    return new StepResponse(claimed, claimed ? { cart_id: input.cart_id, stage: input.stage } : null)
  },
  async (claim, { container }) => {
    if (!claim) return
    const reminders: CartReminderModuleService = container.resolve(CART_REMINDER_MODULE)
    await reminders.releaseReminder(claim)
  }
)
