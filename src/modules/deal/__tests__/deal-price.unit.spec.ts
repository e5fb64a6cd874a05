import { cheapestDealPrice, discountPercent, toDealPrice } from "../deal-price"

describe("discountPercent", () => {
  it("rounds the saving to a whole percentage", () => {
    expect(discountPercent(100, 60)).toBe(40)
    expect(discountPercent(89, 59)).toBe(34)
    expect(discountPercent(30, 29.99)).toBe(0)
  })

  it("is 0 without a saving or without an original price", () => {
    expect(discountPercent(50, 50)).toBe(0)
    expect(discountPercent(50, 70)).toBe(0)
    expect(discountPercent(0, 0)).toBe(0)
  })
})

describe("toDealPrice", () => {
  it("reads Medusa's calculated price", () => {
    expect(
      toDealPrice({ id: "v1", calculated_price: { calculated_amount: 45, original_amount: 90, currency_code: "eur" } })
    ).toEqual({ currency_code: "eur", original_amount: 90, calculated_amount: 45, discount_percent: 50, variant_id: "v1" })
  })

  it("is null when the variant has no price in the context", () => {
    expect(toDealPrice({ id: "v1" })).toBeNull()
    expect(toDealPrice({ id: "v1", calculated_price: { calculated_amount: null, currency_code: "eur" } })).toBeNull()
  })

  it("never shows an original price below the price to pay", () => {
    const price = toDealPrice({ id: "v1", calculated_price: { calculated_amount: 80, original_amount: 60, currency_code: "mad" } })
    expect(price).toMatchObject({ original_amount: 80, discount_percent: 0 })
  })
})

describe("cheapestDealPrice", () => {
  it("picks the cheapest priced variant", () => {
    const price = cheapestDealPrice([
      { id: "v1", calculated_price: { calculated_amount: 120, original_amount: 200, currency_code: "eur" } },
      { id: "v2" },
      { id: "v3", calculated_price: { calculated_amount: 70, original_amount: 100, currency_code: "eur" } },
    ])
    expect(price).toMatchObject({ variant_id: "v3", calculated_amount: 70, discount_percent: 30 })
  })

  it("is null without priced variants", () => {
    expect(cheapestDealPrice([])).toBeNull()
    expect(cheapestDealPrice(undefined)).toBeNull()
  })
})
