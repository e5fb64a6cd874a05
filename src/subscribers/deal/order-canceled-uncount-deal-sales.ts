import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordDealSalesWorkflow } from "../../workflows/deal/record-deal-sales"

/** Takes a canceled order's units off its deals' "N bought". */
export default async function orderCanceledUncountDealSales({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordDealSalesWorkflow(container).run({ input: { order_id: event.data.id, direction: -1 } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
