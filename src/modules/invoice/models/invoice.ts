import { model } from "@medusajs/framework/utils"

/** An invoice, or a credit note cancelling all or part of one (French law: never edit an issued invoice). */
export const INVOICE_KINDS = ["invoice", "credit_note"] as const
export type InvoiceKind = (typeof INVOICE_KINDS)[number]

/**
 * issued → paid (payment captured); issued | paid → cancelled (order canceled) or refunded
 * (refunded in full). Credit notes stay `issued`. "Overdue" is read from `due_at`, not stored.
 */
export const INVOICE_STATUSES = ["issued", "paid", "cancelled", "refunded"] as const
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]

/**
 * An issued invoice or credit note. Everything printed on it (seller, buyer, lines, totals) is
 * frozen here when it is issued, so the PDF can be rebuilt identically later.
 */
export const Invoice = model
  .define("invoice", {
    id: model.id({ prefix: "inv" }).primaryKey(),
    kind: model.enum([...INVOICE_KINDS]).default("invoice"),
    // "INV-2026-000001" / "AVO-2026-000001": `sequence` within (kind, year), without gaps.
    number: model.text(),
    year: model.number(),
    sequence: model.number(),
    status: model.enum([...INVOICE_STATUSES]).default("issued"),
    // Read-only link in src/links: the invoice keeps the ids so the database can hold the rules.
    order_id: model.text(),
    // The order's number as shoppers see it ("Commande n° 1042"), printed on the document.
    order_display_id: model.number().nullable(),
    customer_id: model.text().nullable(),
    // The credit note's invoice.
    credited_invoice_id: model.text().nullable(),
    // Why a credit note was issued: "cancellation" or "refund".
    reason: model.text().nullable(),
    // What a credit note credits, unique: a refund id, or "order-canceled:<order id>". A refund
    // or a cancellation is credited once, however often its event arrives.
    credit_reference: model.text().nullable(),
    locale: model.text().default("fr"),
    currency_code: model.text(),
    issued_at: model.dateTime(),
    due_at: model.dateTime(),
    paid_at: model.dateTime().nullable(),
    seller: model.json(),
    buyer: model.json(),
    lines: model.json(),
    // Totals per VAT rate: [{ rate, net, tax, gross }].
    tax_breakdown: model.json(),
    total_net: model.bigNumber(),
    total_tax: model.bigNumber(),
    total_gross: model.bigNumber(),
    discount_total: model.bigNumber(),
    shipping_total: model.bigNumber(),
    // The PDF in Medusa's File module, private; rendered once.
    file_id: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_invoice_number_unique", on: ["number"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_invoice_one_per_order", on: ["order_id"], unique: true, where: "kind = 'invoice' AND deleted_at IS NULL" },
    { name: "IDX_invoice_credit_reference", on: ["credit_reference"], unique: true, where: "credit_reference IS NOT NULL AND deleted_at IS NULL" },
    { on: ["credited_invoice_id"], where: "credited_invoice_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["issued_at"], where: "deleted_at IS NULL" },
    { on: ["status", "issued_at"], where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
  ])
