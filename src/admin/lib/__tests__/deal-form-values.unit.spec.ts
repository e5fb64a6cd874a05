import {
  changedContent,
  isoToLocalInput,
  localInputToIso,
  newFaqRow,
  toDealContent,
  toFormValues,
  validateDealForm,
  type DealFormValues,
} from "../deal-form-values"
import type { Deal } from "../deal-types"

const deal: Deal = {
  id: "deal_1",
  product_id: "prod_1",
  subtitle: "Spa day for two",
  highlights: ["Sauna", "Massage"],
  included: ["Towels"],
  how_it_works: null,
  conditions: "Weekdays only",
  faq: [{ question: "Parking?", answer: "Free" }],
  location_address: "1 rue de Rivoli",
  location_city: "Paris",
  location_lat: 48.8566,
  location_lng: 2.3522,
  starts_at: "2030-01-01T09:00:30.000Z",
  ends_at: null,
  is_featured: true,
  is_deal_of_day: false,
  min_quantity: 1,
  max_quantity: 4,
  bought_count: 12,
  created_at: "2029-12-01T00:00:00.000Z",
  updated_at: "2029-12-01T00:00:00.000Z",
  status: "scheduled",
}

const edit = (patch: Partial<DealFormValues>): DealFormValues => ({ ...toFormValues(deal), ...patch })

describe("datetime-local conversion", () => {
  it("round-trips a local date and time through ISO", () => {
    expect(isoToLocalInput(localInputToIso("2030-03-01T10:30"))).toBe("2030-03-01T10:30")
  })

  it("maps an empty input to null and back", () => {
    expect(localInputToIso("")).toBeNull()
    expect(isoToLocalInput(null)).toBe("")
  })
})

describe("toDealContent", () => {
  it("keeps one item per non-blank line, trimmed", () => {
    const content = toDealContent(edit({ highlights: " Sauna \n\n  Massage\n " }))
    expect(content.highlights).toEqual(["Sauna", "Massage"])
  })

  it("turns blank text and numbers into null", () => {
    const content = toDealContent(edit({ subtitle: "  ", location_lat: "", max_quantity: "" }))
    expect(content).toMatchObject({ subtitle: null, location_lat: null, max_quantity: null })
  })

  it("drops FAQ rows left entirely blank", () => {
    const content = toDealContent(edit({ faq: [newFaqRow(" Parking? ", " Free "), newFaqRow()] }))
    expect(content.faq).toEqual([{ question: "Parking?", answer: "Free" }])
  })
})

describe("validateDealForm", () => {
  it("accepts the values of a valid deal", () => {
    expect(validateDealForm(toFormValues(deal))).toEqual({})
  })

  it("flags coordinates out of range or not numbers", () => {
    expect(validateDealForm(edit({ location_lat: "91", location_lng: "abc" }))).toEqual({
      location_lat: "errorLatitude",
      location_lng: "errorLongitude",
    })
  })

  it("requires a whole minimum of at least 1 and a maximum not below it", () => {
    expect(validateDealForm(edit({ min_quantity: "0" })).min_quantity).toBe("errorMinQuantity")
    expect(validateDealForm(edit({ min_quantity: "3", max_quantity: "2" })).max_quantity).toBe("errorMaxQuantity")
  })

  it("refuses an end before the start", () => {
    const errors = validateDealForm(edit({ starts_at: "2030-02-01T10:00", ends_at: "2030-01-31T10:00" }))
    expect(errors.ends_at).toBe("errorEndsAt")
  })

  it("refuses a question without an answer", () => {
    expect(validateDealForm(edit({ faq: [newFaqRow("Parking?", " ")] })).faq).toBe("errorFaq")
  })
})

describe("changedContent", () => {
  const initial = toDealContent(toFormValues(deal))

  it("sends nothing when nothing was edited, even though the form drops the seconds of dates", () => {
    expect(changedContent(initial, toDealContent(toFormValues(deal)))).toEqual({})
  })

  it("sends only the edited keys, with null for a cleared field", () => {
    const next = toDealContent(edit({ subtitle: "", is_featured: false }))
    expect(changedContent(initial, next)).toEqual({ subtitle: null, is_featured: false })
  })
})
