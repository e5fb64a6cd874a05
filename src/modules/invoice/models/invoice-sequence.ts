import { model } from "@medusajs/framework/utils"

/**
 * The last number given per kind and year. Taking a number increments this row inside the
 * transaction that inserts the document: concurrent issuers queue on the row lock, and a
 * rolled-back document gives its number back, so numbers have no gaps and no duplicates.
 */
export const InvoiceSequence = model
  .define("invoice_sequence", {
    id: model.id({ prefix: "invseq" }).primaryKey(),
    kind: model.text(),
    year: model.number(),
    last_number: model.number().default(0),
  })
  .indexes([{ name: "IDX_invoice_sequence_kind_year", on: ["kind", "year"], unique: true }])
