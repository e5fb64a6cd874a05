import { model } from "@medusajs/framework/utils"

/** An address that asked for no more cart reminders (stored lowercase). */
export const CartReminderOptOut = model
  .define("cart_reminder_opt_out", {
    id: model.id({ prefix: "cropt" }).primaryKey(),
    email: model.text(),
  })
  .indexes([{ on: ["email"], unique: true, where: "deleted_at IS NULL" }])
