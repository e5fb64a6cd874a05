import { dealPricesToShow, formatMoney } from "../deal-price"
import type { AdminDealPrice } from "../deal-types"

const price = (region_id: string, currency_code: string, calculated_amount: number): AdminDealPrice => ({
  region_id,
  currency_code,
  calculated_amount,
  original_amount: calculated_amount * 2,
  discount_percent: 50,
})

// Intl separates amount and symbol with no-break spaces; compare with plain ones.
const plain = (text: string) => text.replace(/\s/g, " ")

describe("dealPricesToShow", () => {
  it("puts the euro price first, then sorts by currency", () => {
    const shown = dealPricesToShow([price("reg_us", "usd", 55), price("reg_ch", "chf", 52), price("reg_fr", "eur", 49.9)])
    expect(shown.map((p) => p.currency_code)).toEqual(["eur", "chf", "usd"])
  })

  it("shows regions sharing a currency and a price once", () => {
    const shown = dealPricesToShow([price("reg_fr", "eur", 49.9), price("reg_de", "eur", 49.9), price("reg_it", "eur", 45)])
    expect(shown.map((p) => p.region_id)).toEqual(["reg_fr", "reg_it"])
  })

  it("is empty when the deal has no price", () => {
    expect(dealPricesToShow(undefined)).toEqual([])
  })
})

describe("formatMoney", () => {
  it("formats major units in the admin's language", () => {
    expect(plain(formatMoney(49.9, "eur", "fr"))).toBe("49,90 €")
    expect(formatMoney(49.9, "eur", "en")).toBe("€49.90")
  })

  it("falls back to the amount and the code for a currency Intl does not know", () => {
    expect(formatMoney(10, "xx1", "en")).toBe("10 XX1")
  })
})
