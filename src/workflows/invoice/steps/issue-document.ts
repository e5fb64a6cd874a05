import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import type { IssueInvoiceInput } from "../../../modules/invoice/types"

export type IssueDocumentStepOutput = { id: string; number: string; created: boolean }

export const issueDocumentStepId = "issue-invoice-document"

/**
 * Numbers and stores an invoice or credit note. Idempotent: when the order already has its
 * invoice (or the refund its credit note), returns that one with `created: false`.
 * No compensation on purpose: a number once given is never taken back (French invoicing
 * forbids gaps), so this is the last step that writes in the workflows that use it.
 */
export const issueDocumentStep = createStep(issueDocumentStepId, async (input: IssueInvoiceInput | null, { container }) => {
  if (!input) {
    return new StepResponse<IssueDocumentStepOutput | null>(null)
  }
  const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
  const issued = await invoices.issueDocument(input).then(
    (document) => ({ ...document, created: true }),
    async (error: unknown) => {
      if (!(MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.DUPLICATE_ERROR)) {
        throw error
      }
      const filters = input.kind === "invoice" ? { order_id: input.order_id, kind: "invoice" as const } : { credit_reference: input.credit_reference! }
      const [existing] = await invoices.listInvoices(filters, { select: ["id", "number"], take: 1 })
      return { id: existing.id, number: existing.number, created: false }
    }
  )
  return new StepResponse<IssueDocumentStepOutput | null>(issued)
})
