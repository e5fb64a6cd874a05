import { codesMeetingMinimum, minimumFor } from "../minimums"
import { promoCodeVerdict } from "../promo-code-verdict"

const bienvenue = { code: "BIENVENUE10", status: "active", limit: 100, used: 3, metadata: { minimum_item_total: { eur: 20, mad: "220" } } }
const eur = (item_total: number, applied = false) => ({ currency_code: "EUR", item_total, applied })

describe("promo code minimums per currency", () => {
  it("reads a minimum per currency, none for a currency not listed, null without minimums", () => {
    expect(minimumFor(bienvenue, "MAD")).toBe(220)
    expect(minimumFor(bienvenue, "usd")).toBeUndefined()
    expect(minimumFor({ code: "X", metadata: null }, "eur")).toBeNull()
  })

  it("keeps the codes whose minimum the cart meets in its own currency", () => {
    const promo5 = { code: "PROMO5", metadata: { minimum_item_total: { eur: 15 } } }
    expect(codesMeetingMinimum([bienvenue, promo5], "eur", 18)).toEqual(["PROMO5"])
    expect(codesMeetingMinimum([bienvenue, promo5], "mad", 300)).toEqual(["BIENVENUE10"])
  })
})

describe("promoCodeVerdict", () => {
  const now = new Date("2026-11-29T12:00:00Z")
  it("gives the first reason a shopper can act on", () => {
    expect(promoCodeVerdict("NOPE", undefined, eur(50), now).reason).toBe("unknown")
    expect(promoCodeVerdict("B", { ...bienvenue, code: "B", status: "draft" }, eur(50), now).reason).toBe("inactive")
    expect(promoCodeVerdict("B", { ...bienvenue, code: "B", campaign: { starts_at: "2026-12-01" } }, eur(50), now).reason).toBe("not_started")
    expect(promoCodeVerdict("B", { ...bienvenue, code: "B", campaign: { ends_at: "2026-11-01" } }, eur(50), now).reason).toBe("expired")
    expect(promoCodeVerdict("B", { ...bienvenue, code: "B", used: 100 }, eur(50), now).reason).toBe("exhausted")
    expect(promoCodeVerdict("B", { ...bienvenue, code: "B" }, { currency_code: "usd", item_total: 50, applied: false }, now)).toMatchObject({ reason: "currency", currency_code: "usd" })
    expect(promoCodeVerdict("B", { ...bienvenue, code: "B" }, eur(19.99), now)).toMatchObject({ reason: "minimum", minimum: { amount: 20, currency_code: "eur" } })
    expect(promoCodeVerdict("B", { ...bienvenue, code: "B" }, eur(20), now).reason).toBe("not_applicable")
    expect(promoCodeVerdict("B", { ...bienvenue, code: "B" }, eur(20, true), now)).toEqual({ code: "B", applicable: true, reason: null })
  })
})
