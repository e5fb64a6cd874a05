import {
  backendLink,
  currentMonthPeriod,
  invoiceExportPath,
  invoicePdfPath,
  invoicePeriodProblem,
  isIsoDay,
  toInvoiceListParams,
  type InvoiceTableState,
} from "../invoice-list-query"

const state = (patch: Partial<InvoiceTableState>): InvoiceTableState => ({
  search: "",
  filters: {},
  period: { from: "", to: "" },
  sort: null,
  pageIndex: 0,
  ...patch,
})

describe("toInvoiceListParams", () => {
  it("asks for the first page of 20 when nothing is set", () => {
    expect(toInvoiceListParams(state({}))).toEqual({ limit: 20, offset: 0 })
  })

  it("turns the page index into an offset and trims the search", () => {
    expect(toInvoiceListParams(state({ pageIndex: 2, search: "  INV-2026 " }))).toEqual({ limit: 20, offset: 40, q: "INV-2026" })
    expect(toInvoiceListParams(state({ search: "   " }))).not.toHaveProperty("q")
  })

  it("sends a known kind and status, and ignores unknown ones", () => {
    expect(toInvoiceListParams(state({ filters: { kind: "credit_note", status: "paid" } }))).toMatchObject({
      kind: "credit_note",
      status: "paid",
    })
    const params = toInvoiceListParams(state({ filters: { kind: "quote", status: ["paid"] } }))
    expect(params).not.toHaveProperty("kind")
    expect(params).not.toHaveProperty("status")
  })

  it("sends the valid ends of the period", () => {
    expect(toInvoiceListParams(state({ period: { from: "2026-03-01", to: "2026-03-31" } }))).toMatchObject({
      from: "2026-03-01",
      to: "2026-03-31",
    })
    const openEnded = toInvoiceListParams(state({ period: { from: "2026-03-01", to: "" } }))
    expect(openEnded.from).toBe("2026-03-01")
    expect(openEnded).not.toHaveProperty("to")
  })

  it("sorts by a known field, with a minus for descending", () => {
    expect(toInvoiceListParams(state({ sort: { id: "number", desc: false } })).order).toBe("number")
    expect(toInvoiceListParams(state({ sort: { id: "issued_at", desc: true } })).order).toBe("-issued_at")
    expect(toInvoiceListParams(state({ sort: { id: "total_gross", desc: true } }))).not.toHaveProperty("order")
  })
})

describe("isIsoDay", () => {
  it("accepts real calendar days only", () => {
    expect(isIsoDay("2028-02-29")).toBe(true)
    expect(isIsoDay("2026-02-29")).toBe(false)
    expect(isIsoDay("2026-3-1")).toBe(false)
    expect(isIsoDay("")).toBe(false)
  })
})

describe("currentMonthPeriod", () => {
  it("runs from the first to the last day of the month", () => {
    expect(currentMonthPeriod(new Date(2026, 1, 10, 15))).toEqual({ from: "2026-02-01", to: "2026-02-28" })
    expect(currentMonthPeriod(new Date(2026, 11, 31, 23, 59))).toEqual({ from: "2026-12-01", to: "2026-12-31" })
  })
})

describe("invoicePeriodProblem", () => {
  it("needs both ends, the start not after the end", () => {
    expect(invoicePeriodProblem({ from: "2026-03-01", to: "2026-03-31" })).toBeNull()
    expect(invoicePeriodProblem({ from: "2026-03-31", to: "2026-03-31" })).toBeNull()
    expect(invoicePeriodProblem({ from: "", to: "2026-03-31" })).toBe("missing")
    expect(invoicePeriodProblem({ from: "2026-04-01", to: "2026-03-31" })).toBe("reversed")
  })

  it("exports a year at most, leap day included", () => {
    expect(invoicePeriodProblem({ from: "2028-01-01", to: "2029-01-01" })).toBeNull()
    expect(invoicePeriodProblem({ from: "2026-01-01", to: "2027-01-03" })).toBe("too-long")
  })
})

describe("invoiceExportPath", () => {
  it("exports the period with the kind and status filters, not the search", () => {
    expect(invoiceExportPath({ from: "2026-03-01", to: "2026-03-31" }, { kind: "invoice", status: "paid", q: "x" })).toBe(
      "/admin/invoices/export?from=2026-03-01&to=2026-03-31&kind=invoice&status=paid"
    )
  })
})

describe("invoicePdfPath", () => {
  it("shows the PDF inline, or asks for it as a download", () => {
    expect(invoicePdfPath("inv_01H")).toBe("/admin/invoices/inv_01H/pdf")
    expect(invoicePdfPath("inv_01H", true)).toBe("/admin/invoices/inv_01H/pdf?download=1")
  })
})

describe("backendLink", () => {
  it("joins the base and the path with one slash", () => {
    expect(backendLink("/", "/admin/invoices/export")).toBe("/admin/invoices/export")
    expect(backendLink("", "/admin/invoices/export")).toBe("/admin/invoices/export")
    expect(backendLink("https://api.shop.test", "/admin/invoices/export")).toBe("https://api.shop.test/admin/invoices/export")
    expect(backendLink("https://api.shop.test/", "admin/invoices/export")).toBe("https://api.shop.test/admin/invoices/export")
  })
})
