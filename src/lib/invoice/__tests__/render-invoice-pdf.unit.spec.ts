import { readPdf } from "../../../../integration-tests/helpers/pdf"
import { renderInvoicePdf, type PrintableInvoice } from "../pdf/render-invoice-pdf"

const seller = {
  name: "Comptoir SAS",
  address: ["12 rue des Halles", "75001 Paris, France"],
  siret: "12345678900012",
  ice: null,
  vat_number: "FR32123456789",
  email: null,
  legal_mentions: ["SAS au capital de 10 000 €"],
}

const line = (description: string, gross: number) => ({
  description,
  quantity: 1,
  unit_price_net: Math.round((gross / 1.2) * 100) / 100,
  tax_rate: 20,
  discount_net: 0,
  net: Math.round((gross / 1.2) * 100) / 100,
  tax: Math.round((gross - gross / 1.2) * 100) / 100,
  gross,
})

const invoice = (overrides: Partial<PrintableInvoice> = {}): PrintableInvoice => ({
  id: "inv_1",
  kind: "invoice",
  number: "INV-2026-000042",
  status: "issued",
  order_display_id: 1042,
  locale: "fr",
  currency_code: "eur",
  issued_at: "2026-11-29T10:00:00.000Z",
  due_at: "2026-11-29T10:00:00.000Z",
  paid_at: null,
  seller,
  buyer: { name: "Amélie Façonnière", email: "amelie@example.fr", company: null, address: ["3 place de l'Église", "69002 Lyon", "FR"] },
  lines: [line("Spa & hammam à Marrakech — Formule duo", 120)],
  tax_breakdown: [{ rate: 20, net: 100, tax: 20, gross: 120 }],
  total_net: 100,
  total_tax: 20,
  total_gross: 120,
  discount_total: 0,
  shipping_total: 0,
  ...overrides,
})

describe("renderInvoicePdf", () => {
  it("prints a French invoice with accents, the € sign, its number and its VAT totals on one A4 page", async () => {
    const pdf = await renderInvoicePdf(invoice())
    const { pages, text } = readPdf(pdf)
    expect(pages).toBe(1)
    expect(text).toContain("FACTURE")
    expect(text).toContain("INV-2026-000042")
    expect(text).toContain("Commande n° 1042")
    expect(text).toContain("Amélie Façonnière")
    expect(text).toContain("3 place de l'Église")
    expect(text).toContain("Spa & hammam à Marrakech — Formule duo")
    expect(text).toContain("120,00 €")
    expect(text).toContain("Total TTC")
    expect(text).toContain("SIRET 12345678900012")
    expect(text).toContain("À réception")
    expect(text).toContain("SAS au capital de 10 000 €")
    // The font travels inside the file (TrueType, subset): no reliance on the reader's fonts.
    expect(pdf.toString("latin1")).toContain("/FontFile2")
    expect(pdf.toString("latin1")).not.toMatch(/\/BaseFont \/Helvetica/)
  })

  it("prints an English credit note in dirhams with negative amounts and the credited invoice", async () => {
    const refund = { ...line("Refund on invoice INV-2026-000042", 600), quantity: -1 }
    const negative = { ...refund, net: -refund.net, tax: -refund.tax, gross: -refund.gross }
    const { text } = readPdf(
      await renderInvoicePdf(
        invoice({
          kind: "credit_note",
          number: "AVO-2026-000003",
          locale: "en",
          currency_code: "mad",
          credited_invoice_number: "INV-2026-000042",
          lines: [negative],
          tax_breakdown: [{ rate: 20, net: -500, tax: -100, gross: -600 }],
          total_net: -500,
          total_tax: -100,
          total_gross: -600,
        })
      )
    )
    expect(text).toContain("CREDIT NOTE")
    expect(text).toContain("AVO-2026-000003")
    expect(text).toContain("Credit note on invoice INV-2026-000042")
    expect(text).toMatch(/-MAD\s?600\.00|MAD\s?-600\.00|-600\.00\s?MAD/)
    expect(text).toContain("Amounts in MAD")
  })

  it("continues a long invoice on further pages, numbered", async () => {
    const lines = Array.from({ length: 60 }, (_, index) => line(`Bon d'achat n° ${index + 1}`, 10))
    const { pages, text } = readPdf(await renderInvoicePdf(invoice({ lines })))
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(text).toContain(`Page 1/${pages}`)
    expect(text).toContain(`Page ${pages}/${pages}`)
    expect(text).toContain("Bon d'achat n° 60")
  })
})
