import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordDealSalesWorkflow } from "../../workflows/deal/record-deal-sales"

/** Counts the units of a placed order towards its deals' "N bought". */
export default async function orderPlacedCountDealSales({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordDealSalesWorkflow(container).run({ input: { order_id: event.data.id, direction: 1 } })
}

export const config: SubscriberConfig = { event: "order.placed" }
