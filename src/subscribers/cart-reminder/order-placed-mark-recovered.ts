import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordCartReminderOutcomeWorkflow } from "../../workflows/cart-reminder/record-cart-reminder-outcome"

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
  await recordCartReminderOutcomeWorkflow(container).run({
    input: { cart_id: cartId, recovered: { order_id: order.id, order_total: Number(order.total), currency_code: order.currency_code } },
  })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "cart-reminder-recovered" } }
