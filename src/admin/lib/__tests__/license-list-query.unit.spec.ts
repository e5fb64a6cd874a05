import { licenseStatusesOf, toLicenseListParams } from "../license-list-query"

describe("toLicenseListParams", () => {
  it("pages by 20 and leaves out what is not set", () => {
    expect(toLicenseListParams({ search: " ", filters: {}, pageIndex: 2 })).toEqual({ limit: 20, offset: 40 })
  })

  it("passes the trimmed search, and known statuses: one as a value, several as a list", () => {
    expect(toLicenseListParams({ search: " CPT-7Q2M ", filters: { status: ["suspended"] }, pageIndex: 0 })).toEqual({
      limit: 20,
      offset: 0,
      q: "CPT-7Q2M",
      status: "suspended",
    })
    expect(toLicenseListParams({ search: "", filters: { status: ["active", "lost", "expired", "active"] }, pageIndex: 0 })).toEqual({
      limit: 20,
      offset: 0,
      status: ["active", "expired"],
    })
  })
})

describe("licenseStatusesOf", () => {
  it("keeps the known statuses of a value or a list", () => {
    expect(licenseStatusesOf("revoked")).toEqual(["revoked"])
    expect(licenseStatusesOf(undefined)).toEqual([])
    expect(licenseStatusesOf(["paused", 3])).toEqual([])
  })
})
