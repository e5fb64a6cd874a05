import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { DigitalEvents } from "../../modules/digital/events"
import { issueLicensesStep } from "./steps/issue-licenses"

export type IssueOrderLicensesInput = { order_id: string }

type OrderRow = { id: string; email: string; customer_id: string | null; items: { id: string; variant_id: string | null; detail?: { raw_quantity?: unknown } }[] }

/** Issues one license per unit of each licensed item of a placed order; replaying it issues nothing new. */
export const issueOrderLicensesWorkflow = createWorkflow("issue-order-licenses", (input: WorkflowData<IssueOrderLicensesInput>) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    // An order line's quantity lives in its detail (order_item), as a big number.
    fields: ["id", "email", "customer_id", "items.id", "items.variant_id", "items.detail.raw_quantity"],
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })
  const toIssue = transform({ orders }, ({ orders }) => {
    const order = orders[0] as unknown as OrderRow
    return {
      order_id: order.id,
      email: order.email,
      customer_id: order.customer_id ?? null,
      items: order.items.filter((item) => item.variant_id).map((item) => ({ id: item.id, variant_id: item.variant_id as string, quantity: MathBN.convert((item.detail?.raw_quantity ?? 0) as never).toNumber() })),
    }
  })
  const issued = issueLicensesStep(toIssue)
  when({ issued }, ({ issued }) => issued.length > 0).then(() => {
    const events = transform({ issued }, ({ issued }) => issued.map((license) => ({ id: license.id })))
    emitEventStep({ eventName: DigitalEvents.LICENSE_ISSUED, data: events })
  })
  return new WorkflowResponse(issued)
})
