import { invoiceOptionsFromEnv, parseInvoiceOptions } from "../options"

describe("invoice options", () => {
  it("reads the seller from SELLER_*, falling back to the shop's name and address", () => {
    const options = parseInvoiceOptions(
      invoiceOptionsFromEnv({ SHOP_NAME: "Comptoir", SHOP_ADDRESS: "12 rue des Halles|75001 Paris", SELLER_ICE: "001234567000089", INVOICE_PAYMENT_TERMS_DAYS: "30" })
    )
    expect(options).toEqual({
      seller: { name: "Comptoir", address: ["12 rue des Halles", "75001 Paris"], siret: null, ice: "001234567000089", vat_number: null, email: null, legal_mentions: [] },
      payment_terms_days: 30,
    })
  })

  it("names every wrong option", () => {
    expect(() =>
      parseInvoiceOptions({ seller: { name: "", address: [], siret: "123", colour: "red" }, payment_terms_days: -1 })
    ).toThrow(
      /"seller.name" must be the seller's legal name; .*"seller.address" must hold at least one address line; .*"seller.siret" must be a SIRET of 14 digits; .*"seller.colour" is not an option; .*"payment_terms_days"/
    )
    expect(() => parseInvoiceOptions(undefined)).toThrow(/"seller"/)
  })
})

describe("invoiceOptionsFromEnv", () => {
  it("names the variables a seller needs when they are missing", () => {
    expect(() => invoiceOptionsFromEnv({ SELLER_SIRET: "12345678900012" })).toThrow(
      'Invoices need the seller\'s legal identity: set SELLER_NAME and SELLER_ADDRESS in the environment (address lines separated by "|")'
    )
  })
})
