import { dayEndIso, dayStartIso, toDeliveryListParams, toWebhookListParams } from "../webhook-list-query"

describe("toWebhookListParams", () => {
  it("pages by 20 and leaves out what is not set", () => {
    expect(toWebhookListParams({ search: " ", filters: {}, pageIndex: 2 })).toEqual({ limit: 20, offset: 40 })
  })

  it("passes the trimmed search and a known status only", () => {
    expect(toWebhookListParams({ search: " erp ", filters: { status: "disabled" }, pageIndex: 0 })).toEqual({
      limit: 20,
      offset: 0,
      q: "erp",
      status: "disabled",
    })
    expect(toWebhookListParams({ search: "", filters: { status: "paused" }, pageIndex: 0 })).toEqual({ limit: 20, offset: 0 })
  })
})

describe("toDeliveryListParams", () => {
  it("always narrows to the endpoint", () => {
    expect(toDeliveryListParams({ endpointId: "whep_1", filters: {}, period: { from: "", to: "" }, pageIndex: 1 })).toEqual({
      endpoint_id: "whep_1",
      limit: 20,
      offset: 20,
    })
  })

  it("passes the event type, a known state and the days of the period as instants", () => {
    const params = toDeliveryListParams({
      endpointId: "whep_1",
      filters: { event_type: "order.placed", state: "failed" },
      period: { from: "2030-03-01", to: "2030-03-31" },
      pageIndex: 0,
    })
    expect(params).toMatchObject({ event_type: "order.placed", state: "failed" })
    expect(params.created_at_gte).toBe(dayStartIso("2030-03-01"))
    expect(params.created_at_lte).toBe(dayEndIso("2030-03-31"))
  })

  it("ignores an unknown state and an invalid day", () => {
    const params = toDeliveryListParams({ endpointId: "whep_1", filters: { state: "lost" }, period: { from: "2030-02-31", to: "" }, pageIndex: 0 })
    expect(params).toEqual({ endpoint_id: "whep_1", limit: 20, offset: 0 })
  })
})

describe("dayStartIso / dayEndIso", () => {
  it("bound a day from its first to its last millisecond, in local time", () => {
    const start = new Date(dayStartIso("2030-03-01"))
    const end = new Date(dayEndIso("2030-03-01"))
    expect([start.getDate(), start.getHours(), start.getMinutes()]).toEqual([1, 0, 0])
    expect([end.getDate(), end.getHours(), end.getMinutes(), end.getSeconds(), end.getMilliseconds()]).toEqual([1, 23, 59, 59, 999])
  })
})
