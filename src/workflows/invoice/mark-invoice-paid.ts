import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { InvoiceEvents } from "../../modules/invoice/events"
import { setInvoiceStatusStep } from "./steps/set-invoice-status"

export type MarkInvoicePaidWorkflowInput = { order_id: string }

/** Marks an order's issued invoice as paid (payment captured) and emits `invoice.paid`; anything else is left as is. */
export const markInvoicePaidWorkflow = createWorkflow("mark-invoice-paid", (input: WorkflowData<MarkInvoicePaidWorkflowInput>) => {
  const { data: invoices } = useQueryGraphStep({
    entity: "invoice",
    fields: ["id", "status"],
    filters: { order_id: input.order_id, kind: "invoice", status: "issued" },
  })
  const change = transform({ invoices }, ({ invoices: [invoice] }) =>
    invoice ? { id: invoice.id as string, status: "paid" as const, paid_at: new Date() } : null
  )
  const updated = setInvoiceStatusStep(change)
  when({ change }, ({ change }) => !!change).then(() => {
    emitEventStep({ eventName: InvoiceEvents.PAID, data: transform({ change }, ({ change }) => ({ id: change!.id })) })
  })
  return new WorkflowResponse(updated)
})
