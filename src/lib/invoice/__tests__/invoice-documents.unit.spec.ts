import { accountingCsvLine, csvField } from "../accounting-csv"
import { creditNoteFor } from "../credit-note"
import { invoiceFromOrder } from "../invoice-from-order"
import { periodFilter, startOfDay } from "../period"
import { toAdminInvoice, type InvoiceRecord } from "../printable-invoice"

const order = {
  id: "order_1",
  display_id: 1042,
  email: "amina@example.com",
  currency_code: "EUR",
  metadata: { locale: "en" },
  customer_id: "cus_1",
  customer: { first_name: "Amina", last_name: "Benali" },
  billing_address: { first_name: "Amina", last_name: "Benali", company: "Atlas SARL", address_1: "8 rue de la Paix", postal_code: "75002", city: "Paris", country_code: "fr" },
  items: [
    // 2 × 60 € TTC at 20 %, 12 € TTC off (10 € HT).
    { title: "Duo", product_title: "Spa & hammam", variant_title: "Duo", quantity: 2, discount_subtotal: 10, tax_total: 18, total: 108, tax_lines: [{ rate: 20 }] },
    { title: "Livre", product_title: "Livre", variant_title: "Livre", quantity: 1, discount_subtotal: 0, tax_total: 1.05, total: 20.05, tax_lines: [{ rate: 5.5 }] },
  ],
  shipping_methods: [{ name: "Colissimo", discount_subtotal: 0, tax_total: 1, total: 6, tax_lines: [{ rate: 20 }] }],
}

describe("invoiceFromOrder", () => {
  const invoice = invoiceFromOrder(order, new Date("2026-11-29T10:00:00Z"))

  it("prints each line before tax, with its discount and VAT rate, from Medusa's totals", () => {
    expect(invoice.lines[0]).toEqual({ description: "Spa & hammam — Duo", quantity: 2, unit_price_net: 50, tax_rate: 20, discount_net: 10, net: 90, tax: 18, gross: 108 })
    expect(invoice.lines[1]).toMatchObject({ description: "Livre", tax_rate: 5.5, net: 19, tax: 1.05 })
    expect(invoice.lines[2]).toMatchObject({ description: "Colissimo", quantity: 1, net: 5, tax: 1, gross: 6 })
  })

  it("totals per VAT rate and overall, in the order's language and currency, billed to its address", () => {
    expect(invoice.tax_breakdown).toEqual([
      { rate: 5.5, net: 19, tax: 1.05, gross: 20.05 },
      { rate: 20, net: 95, tax: 19, gross: 114 },
    ])
    expect(invoice).toMatchObject({ total_net: 114, total_tax: 20.05, total_gross: 134.05, shipping_total: 6, discount_total: 10, locale: "en", currency_code: "eur", order_display_id: 1042 })
    expect(invoice.buyer).toEqual({ name: "Amina Benali", email: "amina@example.com", company: "Atlas SARL", address: ["8 rue de la Paix", "75002 Paris", "France"] })
  })
})

describe("creditNoteFor", () => {
  const issued = invoiceFromOrder(order, new Date("2026-11-29T10:00:00Z"))
  const invoice = { ...issued, id: "inv_1", number: "INV-2026-000007" }

  it("negates every line of a cancelled invoice", () => {
    const note = creditNoteFor(invoice, { issuedAt: new Date(), reason: "cancellation", creditReference: "order-canceled:order_1" })
    expect(note.lines.map((line) => line.gross)).toEqual([-108, -20.05, -6])
    expect(note).toMatchObject({ kind: "credit_note", credited_invoice_id: "inv_1", total_gross: -134.05, total_tax: -20.05, shipping_total: -6 })
  })

  it("shares a partial refund between the VAT rates in proportion, to the cent", () => {
    const note = creditNoteFor(invoice, { issuedAt: new Date(), reason: "refund", creditReference: "ref_1", amount: 50 })
    expect(note.total_gross).toBe(-50)
    expect(note.tax_breakdown.map((bucket) => bucket.rate)).toEqual([5.5, 20])
    expect(note.tax_breakdown[0].gross).toBe(-7.48) // 50 × 20.05 / 134.05
    expect(note.tax_breakdown[1]).toEqual({ rate: 20, gross: -42.52, tax: -7.09, net: -35.43 })
    expect(note.lines[0].description).toBe("Refund on invoice INV-2026-000007")
  })
})

describe("accounting CSV", () => {
  it("quotes separators and defuses spreadsheet formulas in text, not in amounts", () => {
    expect(csvField('Dupont, "Le Bon"')).toBe('"Dupont, ""Le Bon"""')
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)")
    expect(csvField("-12.50")).toBe("-12.50")
    expect(csvField(null)).toBe("")
  })

  it("writes one line per document with dot decimals and the day in Paris", () => {
    const record = {
      ...invoiceFromOrder(order, new Date("2026-11-29T23:30:00Z")),
      id: "inv_1",
      number: "INV-2026-000007",
      status: "paid",
      due_at: new Date("2026-11-29T23:30:00Z"),
      issued_at: new Date("2026-11-29T23:30:00Z"),
    } as unknown as InvoiceRecord
    expect(accountingCsvLine(toAdminInvoice(record))).toBe(
      "INV-2026-000007,invoice,2026-11-30,2026-11-30,1042,Atlas SARL (Amina Benali),amina@example.com,114.00,20.05,134.05,EUR,paid,\r\n"
    )
  })
})

describe("periods", () => {
  it("starts a day at midnight in Paris, summer and winter time alike", () => {
    expect(startOfDay("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z")
    expect(startOfDay("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z")
    expect(startOfDay("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z")
  })

  it("includes both ends of a period", () => {
    expect(periodFilter("2026-11-01", "2026-11-30")).toEqual({ $gte: new Date("2026-10-31T23:00:00Z"), $lt: new Date("2026-11-30T23:00:00Z") })
    expect(periodFilter()).toBeUndefined()
  })
})
