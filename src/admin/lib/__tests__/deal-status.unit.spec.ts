import { dealSchedule } from "../deal-status"

const now = new Date("2030-06-15T12:00:00.000Z")

describe("dealSchedule", () => {
  it("is active without dates", () => {
    expect(dealSchedule({ starts_at: null, ends_at: null }, now)).toBe("active")
  })

  it("is scheduled before its start", () => {
    expect(dealSchedule({ starts_at: "2030-07-01T00:00:00.000Z", ends_at: null }, now)).toBe("scheduled")
  })

  it("is ended from its end on", () => {
    expect(dealSchedule({ starts_at: null, ends_at: "2030-06-15T12:00:00.000Z" }, now)).toBe("ended")
  })
})
