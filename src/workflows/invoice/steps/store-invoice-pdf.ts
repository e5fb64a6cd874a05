import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toPrintableInvoice } from "../../../lib/invoice/printable-invoice"
import { renderInvoicePdf } from "../../../lib/invoice/pdf/render-invoice-pdf"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

export type StoreInvoicePdfStepOutput = { id: string; number: string; file_id: string }

export const storeInvoicePdfStepId = "store-invoice-pdf"

type Stored = { invoice_id: string; file_id: string; previous_file_id: string | null }

export type StoreInvoicePdfStepInput = {
  invoice_id: string
  /** Render and store it again even though a file is recorded (the recorded one is lost). */
  replace?: boolean
}

/**
 * Renders the document's PDF once and keeps it as a private file of Medusa's File module
 * (never publicly addressable); later runs return the stored file. Compensation deletes a
 * file this run created and forgets it on the invoice.
 */
export const storeInvoicePdfStep = createStep(
  storeInvoicePdfStepId,
  async (input: StoreInvoicePdfStepInput, { container }) => {
    const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    const invoice = await invoices.retrieveInvoice(input.invoice_id)
    if (invoice.file_id && !input.replace) {
      return new StepResponse<StoreInvoicePdfStepOutput, Stored | null>({ id: invoice.id, number: invoice.number, file_id: invoice.file_id }, null)
    }
    const credited = invoice.credited_invoice_id
      ? await invoices.retrieveInvoice(invoice.credited_invoice_id, { select: ["number"] })
      : null
    const pdf = await renderInvoicePdf(toPrintableInvoice(invoice, credited?.number))
    const files = container.resolve(Modules.FILE)
    const [file] = await files.createFiles([
      { filename: `${invoice.number}.pdf`, mimeType: "application/pdf", content: pdf.toString("base64"), access: "private" },
    ])
    await invoices.updateInvoices({ id: invoice.id, file_id: file.id })
    return new StepResponse<StoreInvoicePdfStepOutput, Stored | null>(
      { id: invoice.id, number: invoice.number, file_id: file.id },
      { invoice_id: invoice.id, file_id: file.id, previous_file_id: invoice.file_id ?? null }
    )
  },
  async (stored, { container }) => {
    if (stored) {
      await (container.resolve(INVOICE_MODULE) as InvoiceModuleService).updateInvoices({ id: stored.invoice_id, file_id: stored.previous_file_id })
      await container.resolve(Modules.FILE).deleteFiles(stored.file_id)
    }
  }
)
