import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { storeInvoicePdfWorkflow } from "../../workflows/invoice/store-invoice-pdf"

/**
 * An invoice's or credit note's PDF, rendered and stored on first use, then read from the File
 * module. A stored file that is gone (lost disk or volume) is rendered again from the frozen
 * content: the same document.
 */
export async function readInvoicePdf(container: MedusaContainer, invoiceId: string): Promise<{ number: string; pdf: Buffer }> {
  const files = container.resolve(Modules.FILE)
  const { result } = await storeInvoicePdfWorkflow(container).run({ input: { invoice_id: invoiceId } })
  const pdf = await files.getAsBuffer(result.file_id).catch(async () => {
    const { result: replaced } = await storeInvoicePdfWorkflow(container).run({ input: { invoice_id: invoiceId, replace: true } })
    return await files.getAsBuffer(replaced.file_id)
  })
  return { number: result.number, pdf }
}
