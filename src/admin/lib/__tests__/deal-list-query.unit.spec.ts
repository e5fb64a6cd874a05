import { toDealListParams, type DealTableState } from "../deal-list-query"

const state = (patch: Partial<DealTableState>): DealTableState => ({
  search: "",
  filters: {},
  sort: null,
  pageIndex: 0,
  ...patch,
})

describe("toDealListParams", () => {
  it("asks for the first page of 20 when nothing is set", () => {
    expect(toDealListParams(state({}))).toEqual({ limit: 20, offset: 0 })
  })

  it("turns the page index into an offset", () => {
    expect(toDealListParams(state({ pageIndex: 2 })).offset).toBe(40)
  })

  it("sends the trimmed search, and no q for a blank one", () => {
    expect(toDealListParams(state({ search: "  spa " })).q).toBe("spa")
    expect(toDealListParams(state({ search: "   " }))).not.toHaveProperty("q")
  })

  it("sends one status as a value, several as a list, and ignores unknown ones", () => {
    expect(toDealListParams(state({ filters: { status: ["live"] } })).status).toBe("live")
    expect(toDealListParams(state({ filters: { status: ["live", "bogus", "ended"] } })).status).toEqual(["live", "ended"])
    expect(toDealListParams(state({ filters: { status: [] } }))).not.toHaveProperty("status")
  })

  it("maps the yes/no filters to booleans", () => {
    const params = toDealListParams(state({ filters: { is_featured: "true", is_deal_of_day: "false" } }))
    expect(params).toMatchObject({ is_featured: true, is_deal_of_day: false })
  })

  it("leaves out a yes/no filter added but not chosen yet", () => {
    expect(toDealListParams(state({ filters: { is_featured: null } }))).not.toHaveProperty("is_featured")
  })

  it("sorts by a known field, with a minus for descending", () => {
    expect(toDealListParams(state({ sort: { id: "ends_at", desc: false } })).order).toBe("ends_at")
    expect(toDealListParams(state({ sort: { id: "bought_count", desc: true } })).order).toBe("-bought_count")
    expect(toDealListParams(state({ sort: { id: "product", desc: false } }))).not.toHaveProperty("order")
  })
})
