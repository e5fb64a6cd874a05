import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { issueOrderLicensesWorkflow } from "../../workflows/digital/issue-order-licenses"

/** Issues the license keys of a placed order's software (each unit once, even if the event comes again). */
export default async function orderPlacedIssueLicenses({ event, container }: SubscriberArgs<{ id: string }>) {
  await issueOrderLicensesWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "digital-issue-licenses" } }
