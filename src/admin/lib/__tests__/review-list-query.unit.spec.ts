import {
  isPendingQueue,
  moderationBatches,
  reviewFiltersFromSearch,
  reviewsPageUrl,
  selectedReviewIds,
  toReviewListParams,
  type ReviewTableState,
} from "../review-list-query"

const state = (patch: Partial<ReviewTableState>): ReviewTableState => ({
  filters: {},
  productId: null,
  sort: null,
  pageIndex: 0,
  ...patch,
})

describe("toReviewListParams", () => {
  it("asks for the first page of 20 when nothing is set", () => {
    expect(toReviewListParams(state({}))).toEqual({ limit: 20, offset: 0 })
  })

  it("turns the page index into an offset", () => {
    expect(toReviewListParams(state({ pageIndex: 3 })).offset).toBe(60)
  })

  it("sends one status as a value, several as a list, and ignores unknown ones", () => {
    expect(toReviewListParams(state({ filters: { status: ["pending"] } })).status).toBe("pending")
    expect(toReviewListParams(state({ filters: { status: ["approved", "bogus", "rejected"] } })).status).toEqual([
      "approved",
      "rejected",
    ])
    expect(toReviewListParams(state({ filters: { status: [] } }))).not.toHaveProperty("status")
  })

  it("sends ratings as numbers from 1 to 5, without repeats", () => {
    expect(toReviewListParams(state({ filters: { rating: ["1"] } })).rating).toBe(1)
    expect(toReviewListParams(state({ filters: { rating: ["5", "0", "6", "2.5", "x", "5", "4"] } })).rating).toEqual([5, 4])
    expect(toReviewListParams(state({ filters: { rating: null } }))).not.toHaveProperty("rating")
  })

  it("narrows to the product of the URL", () => {
    expect(toReviewListParams(state({ productId: "prod_1" })).product_id).toBe("prod_1")
    expect(toReviewListParams(state({ productId: "  " }))).not.toHaveProperty("product_id")
  })

  it("sorts by a known field, with a minus for descending", () => {
    expect(toReviewListParams(state({ sort: { id: "rating", desc: false } })).order).toBe("rating")
    expect(toReviewListParams(state({ sort: { id: "moderated_at", desc: true } })).order).toBe("-moderated_at")
    expect(toReviewListParams(state({ sort: { id: "product", desc: false } }))).not.toHaveProperty("order")
  })
})

describe("reviewFiltersFromSearch", () => {
  it("opens on the pending queue", () => {
    expect(reviewFiltersFromSearch(new URLSearchParams())).toEqual({ status: ["pending"] })
    expect(reviewFiltersFromSearch(new URLSearchParams("status=bogus"))).toEqual({ status: ["pending"] })
  })

  it("reads repeated statuses and ratings, dropping invalid ones", () => {
    expect(reviewFiltersFromSearch(new URLSearchParams("status=approved&status=rejected&rating=1&rating=9"))).toEqual({
      status: ["approved", "rejected"],
      rating: ["1"],
    })
  })
})

describe("isPendingQueue", () => {
  it("is the pending status alone, on every product", () => {
    expect(isPendingQueue({ filters: { status: ["pending"] }, productId: null })).toBe(true)
    expect(isPendingQueue({ filters: { status: ["pending"], rating: ["1"] }, productId: null })).toBe(false)
    expect(isPendingQueue({ filters: { status: ["pending", "approved"] }, productId: null })).toBe(false)
    expect(isPendingQueue({ filters: { status: ["pending"] }, productId: "prod_1" })).toBe(false)
    expect(isPendingQueue({ filters: {}, productId: null })).toBe(false)
  })
})

describe("reviewsPageUrl", () => {
  it("links to the Reviews page narrowed to a product", () => {
    expect(reviewsPageUrl("prod_01H")).toBe("/reviews?product_id=prod_01H")
  })
})

describe("selectedReviewIds", () => {
  it("keeps the ids of selected rows only", () => {
    expect(selectedReviewIds({ rev_1: true, rev_2: false, rev_3: true })).toEqual(["rev_1", "rev_3"])
    expect(selectedReviewIds({})).toEqual([])
  })
})

describe("moderationBatches", () => {
  it("splits ids into batches of at most 100", () => {
    const ids = Array.from({ length: 230 }, (_, index) => `rev_${index}`)
    expect(moderationBatches(ids).map((batch) => batch.length)).toEqual([100, 100, 30])
    expect(moderationBatches([])).toEqual([])
    expect(moderationBatches(["a", "b", "c"], 2)).toEqual([["a", "b"], ["c"]])
  })
})
