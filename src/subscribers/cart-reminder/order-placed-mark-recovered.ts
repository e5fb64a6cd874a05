import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CART_REMINDER_MODULE } from "../../modules/cart-reminder"
import type CartReminderModuleService from "../../modules/cart-reminder/service"

/** An order placed from a reminded cart counts as recovered, with its total, for the admin's counters. */
export default async function orderPlacedMarkRecovered({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "total", "currency_code", "cart.id"],
    filters: { id: event.data.id },
  })
  const cartId = order?.cart?.id
  if (!cartId) return
  const reminders: CartReminderModuleService = container.resolve(CART_REMINDER_MODULE)
  const [reminder] = await reminders.listCartReminders({ cart_id: cartId }, { select: ["id", "recovered_at"] })
  if (!reminder || reminder.recovered_at) return
  await reminders.updateCartReminders({
    id: reminder.id,
    recovered_at: new Date(),
    order_id: order.id,
    order_total: Number(order.total),
    currency_code: order.currency_code,
  })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "cart-reminder-recovered" } }
