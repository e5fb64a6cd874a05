import { dealEndsIn, formatTimeLeft } from "../deal-ends-in"

const now = new Date("2030-06-15T12:00:00.000Z")
const endingIn = (ms: number) => ({ status: "live" as const, ends_at: new Date(now.getTime() + ms).toISOString() })
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

describe("dealEndsIn", () => {
  it("has nothing to say about a deal without an end", () => {
    expect(dealEndsIn({ status: "live", ends_at: null }, now)).toEqual({ kind: "none" })
  })

  it("is ended when the API says so, whatever the dates", () => {
    expect(dealEndsIn({ status: "ended", ends_at: null }, now)).toEqual({ kind: "ended" })
  })

  it("is ended once the clock has passed the end since the list was loaded", () => {
    expect(dealEndsIn(endingIn(-MINUTE), now)).toEqual({ kind: "ended" })
  })

  it("counts in the largest unit, rounded down", () => {
    expect(dealEndsIn(endingIn(20 * MINUTE + 30_000), now)).toEqual({ kind: "remaining", value: 20, unit: "minute" })
    expect(dealEndsIn(endingIn(5 * HOUR + 59 * MINUTE), now)).toEqual({ kind: "remaining", value: 5, unit: "hour" })
    expect(dealEndsIn(endingIn(3 * DAY + 23 * HOUR), now)).toEqual({ kind: "remaining", value: 3, unit: "day" })
    expect(dealEndsIn(endingIn(75 * DAY), now)).toEqual({ kind: "remaining", value: 2, unit: "month" })
  })

  it("never says zero minutes while the deal is still on", () => {
    expect(dealEndsIn(endingIn(10_000), now)).toEqual({ kind: "remaining", value: 1, unit: "minute" })
  })
})

describe("formatTimeLeft", () => {
  // Intl separates number and unit with no-break spaces; compare with plain ones.
  const plain = (text: string) => text.replace(/\s/g, " ")

  it("reads the time left in French and English", () => {
    expect(plain(formatTimeLeft(3, "day", "fr"))).toBe("dans 3 j")
    expect(formatTimeLeft(3, "day", "en")).toBe("in 3 days")
  })
})
