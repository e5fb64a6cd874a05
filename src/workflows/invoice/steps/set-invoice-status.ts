import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type { InvoiceStatus } from "../../../modules/invoice/models/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

export type SetInvoiceStatusStepInput = { id: string; status: InvoiceStatus; paid_at?: Date | null } | null

type Previous = { id: string; status: InvoiceStatus; paid_at: Date | null }

export const setInvoiceStatusStepId = "set-invoice-status"

/** Moves an invoice to `status` (paid, cancelled, refunded); restores the previous status if a later step fails. */
export const setInvoiceStatusStep = createStep(
  setInvoiceStatusStepId,
  async (input: SetInvoiceStatusStepInput, { container }) => {
    if (!input) {
      return new StepResponse(null, null)
    }
    const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    const previous = (await invoices.retrieveInvoice(input.id, { select: ["id", "status", "paid_at"] })) as Previous
    const updated = await invoices.updateInvoices({ id: input.id, status: input.status, ...(input.paid_at !== undefined && { paid_at: input.paid_at }) })
    return new StepResponse(updated, { id: previous.id, status: previous.status, paid_at: previous.paid_at })
  },
  async (previous, { container }) => {
    if (previous) {
      await (container.resolve(INVOICE_MODULE) as InvoiceModuleService).updateInvoices(previous)
    }
  }
)
