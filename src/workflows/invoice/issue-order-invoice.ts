import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ORDER_INVOICE_FIELDS, invoiceFromOrder, type InvoiceableOrder } from "../../lib/invoice/invoice-from-order"
import { InvoiceEvents } from "../../modules/invoice/events"
import { issueDocumentStep } from "./steps/issue-document"

export type IssueOrderInvoiceWorkflowInput = { order_id: string }

/**
 * Issues the invoice of a placed order from the totals Medusa computed (lines, shipping, VAT
 * per rate), then emits `invoice.issued`. Running it again for the same order returns the
 * invoice already issued and emits nothing.
 */
export const issueOrderInvoiceWorkflow = createWorkflow(
  "issue-order-invoice",
  (input: WorkflowData<IssueOrderInvoiceWorkflowInput>) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ORDER_INVOICE_FIELDS,
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const document = transform({ orders }, ({ orders: [order] }) => invoiceFromOrder(order as unknown as InvoiceableOrder, new Date()))
    const issued = issueDocumentStep(document)
    when({ issued }, ({ issued }) => !!issued?.created).then(() => {
      emitEventStep({ eventName: InvoiceEvents.ISSUED, data: transform({ issued }, ({ issued }) => ({ id: issued!.id })) })
    })
    return new WorkflowResponse(issued)
  }
)
