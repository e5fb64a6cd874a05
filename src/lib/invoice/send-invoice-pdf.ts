import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { readInvoicePdf } from "./invoice-pdf"

/** Answers with a document's PDF: private, never cached by a shared cache. */
export async function sendInvoicePdf(container: MedusaContainer, res: MedusaResponse, invoiceId: string, { download }: { download: boolean }) {
  const { number, pdf } = await readInvoicePdf(container, invoiceId)
  res
    .status(200)
    .set({
      "content-type": "application/pdf",
      "content-length": String(pdf.length),
      "content-disposition": `${download ? "attachment" : "inline"}; filename="${number}.pdf"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    })
    .end(pdf)
}
