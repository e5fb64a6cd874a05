import { distributionRows, formatAverage, formatStars, reviewAuthor, reviewExcerpt, textOrNull } from "../review-format"

describe("formatStars", () => {
  it("fills as many stars as the rating", () => {
    expect(formatStars(4)).toBe("★★★★☆")
    expect(formatStars(5)).toBe("★★★★★")
    expect(formatStars(1)).toBe("★☆☆☆☆")
  })

  it("clamps ratings out of range", () => {
    expect(formatStars(0)).toBe("☆☆☆☆☆")
    expect(formatStars(9)).toBe("★★★★★")
  })
})

describe("formatAverage", () => {
  it("shows one decimal in the admin's language", () => {
    expect(formatAverage(4.25, "fr")).toBe("4,3")
    expect(formatAverage(4, "en")).toBe("4.0")
    expect(formatAverage(0, "fr")).toBe("0,0")
  })
})

describe("distributionRows", () => {
  it("lists 5 stars first with each share as a whole percent", () => {
    expect(distributionRows({ count: 4, distribution: [1, 0, 0, 1, 2] })).toEqual([
      { stars: 5, count: 2, percent: 50 },
      { stars: 4, count: 1, percent: 25 },
      { stars: 3, count: 0, percent: 0 },
      { stars: 2, count: 0, percent: 0 },
      { stars: 1, count: 1, percent: 25 },
    ])
  })

  it("gives 0% everywhere when there is no review", () => {
    expect(distributionRows({ count: 0, distribution: [0, 0, 0, 0, 0] }).map((row) => row.percent)).toEqual([0, 0, 0, 0, 0])
  })

  it("rounds shares", () => {
    expect(distributionRows({ count: 3, distribution: [0, 0, 1, 1, 1] })[0].percent).toBe(33)
  })
})

describe("reviewExcerpt", () => {
  it("keeps a short text whole, on one line", () => {
    expect(reviewExcerpt("  Great\n\nspa  ")).toBe("Great spa")
  })

  it("cuts a long text on a word", () => {
    expect(reviewExcerpt("one two three four five", 12)).toBe("one two…")
  })

  it("cuts a long word where it must", () => {
    expect(reviewExcerpt("abcdefghijklmnop", 5)).toBe("abcde…")
  })
})

describe("reviewAuthor", () => {
  const customer = { id: "cus_1", email: "amina@example.com", first_name: "Amina", last_name: "B" }

  it("prefers the display name, then the email", () => {
    expect(reviewAuthor({ display_name: "Amina B.", customer })).toBe("Amina B.")
    expect(reviewAuthor({ display_name: null, customer })).toBe("amina@example.com")
    expect(reviewAuthor({ display_name: " ", customer })).toBe("amina@example.com")
    expect(reviewAuthor({ display_name: null, customer: null })).toBeNull()
  })
})

describe("textOrNull", () => {
  it("trims, and turns a blank text into null", () => {
    expect(textOrNull("  Thanks!  ")).toBe("Thanks!")
    expect(textOrNull("   ")).toBeNull()
  })
})
