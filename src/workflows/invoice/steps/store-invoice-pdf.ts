import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toPrintableInvoice } from "../../../lib/invoice/printable-invoice"
import { renderInvoicePdf } from "../../../lib/invoice/pdf/render-invoice-pdf"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

export type StoreInvoicePdfStepOutput = { id: string; number: string; file_id: string }

export const storeInvoicePdfStepId = "store-invoice-pdf"

type Stored = { invoice_id: string; file_id: string }

/**
 * Renders the document's PDF once and keeps it as a private file of Medusa's File module
 * (never publicly addressable); later runs return the stored file. Compensation deletes a
 * file this run created and forgets it on the invoice.
 */
export const storeInvoicePdfStep = createStep(
  storeInvoicePdfStepId,
  async (input: { invoice_id: string }, { container }) => {
    const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    const invoice = await invoices.retrieveInvoice(input.invoice_id)
    if (invoice.file_id) {
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
      { invoice_id: invoice.id, file_id: file.id }
    )
  },
  async (stored, { container }) => {
    if (stored) {
      await (container.resolve(INVOICE_MODULE) as InvoiceModuleService).updateInvoices({ id: stored.invoice_id, file_id: null })
      await container.resolve(Modules.FILE).deleteFiles(stored.file_id)
    }
  }
)
