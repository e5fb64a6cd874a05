import { model } from "@medusajs/framework/utils"

/**
 * The reminders one abandoned cart got (at most two), and what came of them. One row per
 * cart: the unique cart id is what makes a reminder go out once, whatever runs the job.
 */
export const CartReminder = model
  .define("cart_reminder", {
    id: model.id({ prefix: "crem" }).primaryKey(),
    cart_id: model.text(),
    email: model.text(),
    /** 1 after the first reminder, 2 after the last. */
    reminders_sent: model.number(),
    first_sent_at: model.dateTime(),
    second_sent_at: model.dateTime().nullable(),
    /** The first time the e-mail's link brought the cart back. */
    restored_at: model.dateTime().nullable(),
    /** When the cart became an order, and which. */
    recovered_at: model.dateTime().nullable(),
    order_id: model.text().nullable(),
    order_total: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["first_sent_at"], where: "deleted_at IS NULL" },
  ])
