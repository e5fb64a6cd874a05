import type { ResolvedCartReminderOptions } from "../../modules/cart-reminder/options"

/** A cart as the reminder rules see it. */
export type ReminderCandidate = {
  /** The latest change to the cart or its lines. */
  last_activity_at: Date
  /** 0 before any reminder. */
  reminders_sent: number
  first_sent_at: Date | null
  opted_out: boolean
}

const HOUR = 3_600_000

/**
 * Which reminder a cart is due at `now`: the first once it has been idle `first_after_hours`,
 * the last once idle `second_after_hours` and at least the gap between the two after the first
 * (a first reminder sent late is not followed at once by the last); none after two, none to
 * an address that opted out. (Completed carts, carts without e-mail or lines never get here.)
 */
export function dueReminder(cart: ReminderCandidate, now: Date, settings: ResolvedCartReminderOptions): 1 | 2 | null {
  if (cart.opted_out) return null
  const idle = now.getTime() - cart.last_activity_at.getTime()
  if (cart.reminders_sent === 0) return idle >= settings.first_after_hours * HOUR ? 1 : null
  if (cart.reminders_sent === 1 && cart.first_sent_at) {
    const sinceFirst = now.getTime() - cart.first_sent_at.getTime()
    const gap = (settings.second_after_hours - settings.first_after_hours) * HOUR
    return idle >= settings.second_after_hours * HOUR && sinceFirst >= gap ? 2 : null
  }
  return null
}
