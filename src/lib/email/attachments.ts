import type { MedusaContainer, NotificationTypes } from "@medusajs/framework/types"
import { readInvoicePdf } from "../invoice/invoice-pdf"

type Attachment = NonNullable<NotificationTypes.CreateNotificationDTO["attachments"]>[number]
type AttachmentLoader = (container: MedusaContainer, data: Record<string, unknown>) => Promise<Attachment[]>

/**
 * Attachments per template, built from the notification's data. Medusa's notification records
 * keep the data but not the attachments: a resent e-mail rebuilds them here.
 */
const attachmentLoaders: Partial<Record<string, AttachmentLoader>> = {
  "invoice-issued": async (container, data) => {
    const invoiceId = (data.invoice as { id?: string } | undefined)?.id
    if (!invoiceId) return []
    const { number, pdf } = await readInvoicePdf(container, invoiceId)
    return [{ filename: `${number}.pdf`, content: pdf.toString("base64"), content_type: "application/pdf", disposition: "attachment" }]
  },
}

/** The attachments of an e-mail of this template and data (none for most templates). */
export async function loadEmailAttachments(container: MedusaContainer, template: string, data: Record<string, unknown> | null | undefined) {
  const loader = attachmentLoaders[template]
  return loader && data ? await loader(container, data) : []
}
