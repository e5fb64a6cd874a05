import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { storeInvoicePdfWorkflow } from "../../workflows/invoice/store-invoice-pdf"

/** An invoice's or credit note's PDF, rendered and stored on first use, then read from the File module. */
export async function readInvoicePdf(container: MedusaContainer, invoiceId: string): Promise<{ number: string; pdf: Buffer }> {
  const { result } = await storeInvoicePdfWorkflow(container).run({ input: { invoice_id: invoiceId } })
  const pdf = await container.resolve(Modules.FILE).getAsBuffer(result.file_id)
  return { number: result.number, pdf }
}
