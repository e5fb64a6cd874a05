import { formatCount, formatRate, formatRecoveredTotals, recoveryRate, toCartReminderPeriod } from "../cart-reminder-format"

// Intl writes non-breaking spaces ("12,5 %", "49,90 €"); compare with plain ones.
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ")

describe("formatCount", () => {
  it("groups thousands in the admin's language", () => {
    expect(spaces(formatCount(1250, "fr"))).toBe("1 250")
    expect(formatCount(1250, "en")).toBe("1,250")
  })
})

describe("recoveryRate", () => {
  it("divides the recovered carts by the first reminders sent", () => {
    expect(recoveryRate({ recovered: 3, first_sent: 24 })).toBe(0.125)
  })

  it("has no rate when no first reminder was sent", () => {
    expect(recoveryRate({ recovered: 0, first_sent: 0 })).toBeNull()
  })
})

describe("formatRate", () => {
  it("writes a percentage to one decimal in the admin's language", () => {
    expect(spaces(formatRate(0.125, "fr"))).toBe("12,5 %")
    expect(formatRate(0.125, "en")).toBe("12.5%")
    expect(formatRate(1 / 3, "en")).toBe("33.3%")
  })

  it("shows a dash for no rate", () => {
    expect(formatRate(null, "fr")).toBe("—")
  })
})

describe("formatRecoveredTotals", () => {
  it("formats each currency's total, euros first then by code", () => {
    const totals = [
      { currency_code: "mad", total: 1250 },
      { currency_code: "EUR", total: 49.9 },
      { currency_code: "chf", total: 10 },
    ]
    expect(formatRecoveredTotals(totals, "fr").map(spaces)).toEqual(["49,90 €", "10,00 CHF", "1 250,00 MAD"])
    expect(formatRecoveredTotals(totals, "en").map(spaces)).toEqual(["€49.90", "CHF 10.00", "MAD 1,250.00"])
  })

  it("has nothing to show without recovered orders", () => {
    expect(formatRecoveredTotals([], "en")).toEqual([])
  })
})

describe("toCartReminderPeriod", () => {
  it("takes the offered periods and falls back to 30 days", () => {
    expect(toCartReminderPeriod("7")).toBe(7)
    expect(toCartReminderPeriod("90")).toBe(90)
    expect(toCartReminderPeriod("365")).toBe(30)
  })
})
