import { reindexPercent } from "../deal-reindex"

describe("reindexPercent", () => {
  it("is the share of deals processed, rounded", () => {
    expect(reindexPercent({ processed: 1, total: 3 })).toBe(33)
  })

  it("is unknown while the total is not counted yet", () => {
    expect(reindexPercent({ processed: 0, total: 0 })).toBeNull()
  })

  it("never goes past 100 when deals were added during the rebuild", () => {
    expect(reindexPercent({ processed: 12, total: 10 })).toBe(100)
  })
})
