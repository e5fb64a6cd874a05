/**
 * Events of the invoice capability, for subscribers and outgoing webhooks.
 * - `invoice.issued` `{ id }`: an order's invoice was numbered and stored.
 * - `invoice.credit_note.issued` `{ id, invoice_id }`: a credit note cancelled all or part of an invoice.
 * - `invoice.paid` `{ id }`: the order's payment was captured.
 */
export const InvoiceEvents = {
  ISSUED: "invoice.issued",
  CREDIT_NOTE_ISSUED: "invoice.credit_note.issued",
  PAID: "invoice.paid",
} as const
