import { z } from "@medusajs/framework/zod"
import { parsePluginOptionsSection } from "../../lib/options/plugin-options"

/**
 * `cart_reminders` in the plugin's options: hours of inactivity before the first and the
 * last reminder, and how old a cart may be to be reminded at all (older carts are left alone,
 * for example when the feature is first turned on).
 */
const cartReminderOptionsSchema = z
  .object({
    first_after_hours: z.number().positive().default(4),
    second_after_hours: z.number().positive().default(24),
    max_cart_age_days: z.number().positive().default(7),
  })
  .strict()
  .refine((options) => options.second_after_hours > options.first_after_hours, {
    error: "second_after_hours must be later than first_after_hours",
  })

export type CartReminderOptions = z.input<typeof cartReminderOptionsSchema>
export type ResolvedCartReminderOptions = z.output<typeof cartReminderOptionsSchema>

/** The module's options, from the plugin's `cart_reminders` (defaults: 4 h, 24 h, 7 days). */
export function parseCartReminderOptions(pluginOptions: unknown): ResolvedCartReminderOptions {
  return parsePluginOptionsSection(cartReminderOptionsSchema, pluginOptions, "cart_reminders")
}
