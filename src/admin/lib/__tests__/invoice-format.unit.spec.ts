import { formatInvoiceDate, orderInvoiceDocuments } from "../invoice-format"
import type { AdminInvoice } from "../invoice-types"

const document = (id: string, kind: AdminInvoice["kind"]) => ({ id, kind }) as AdminInvoice

describe("formatInvoiceDate", () => {
  it("writes the issue day in the admin's language", () => {
    const iso = new Date(2026, 2, 12, 10).toISOString()
    expect(formatInvoiceDate(iso, "fr")).toBe("12 mars 2026")
    expect(formatInvoiceDate(iso, "en")).toBe("Mar 12, 2026")
  })
})

describe("orderInvoiceDocuments", () => {
  it("keeps the newest invoice and every credit note, in the list's order", () => {
    const documents = [document("avo_2", "credit_note"), document("inv_2", "invoice"), document("avo_1", "credit_note"), document("inv_1", "invoice")]
    const { invoice, creditNotes } = orderInvoiceDocuments(documents)
    expect(invoice?.id).toBe("inv_2")
    expect(creditNotes.map(({ id }) => id)).toEqual(["avo_2", "avo_1"])
  })

  it("has no invoice for an order not invoiced yet", () => {
    expect(orderInvoiceDocuments([])).toEqual({ invoice: null, creditNotes: [] })
  })
})
