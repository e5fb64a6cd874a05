import {
  eventBadges,
  groupWebhookEvents,
  isEventCovered,
  otherPatterns,
  patternCovers,
  toggleAllEvents,
  toggleEvent,
  toggleEventGroup,
} from "../webhook-event-selection"

const event = (type: string) => ({ type, description: "", example: {} })
const catalog = ["order.placed", "order.fulfillment_created", "payment.captured", "invoice.credit_note.issued", "order.canceled"].map(event)
const groups = groupWebhookEvents(catalog)
const orderGroup = groups[0]

describe("groupWebhookEvents", () => {
  it("groups events by their first segment, in the catalog's order", () => {
    expect(groups.map((group) => [group.prefix, group.wildcard, group.events.map((e) => e.type)])).toEqual([
      ["order", "order.*", ["order.placed", "order.fulfillment_created", "order.canceled"]],
      ["payment", "payment.*", ["payment.captured"]],
      ["invoice", "invoice.*", ["invoice.credit_note.issued"]],
    ])
  })
})

describe("patternCovers", () => {
  it("matches like the server: *, the exact name, or a prefix wildcard at any depth", () => {
    expect(patternCovers("*", "order.placed")).toBe(true)
    expect(patternCovers("order.placed", "order.placed")).toBe(true)
    expect(patternCovers("invoice.*", "invoice.credit_note.issued")).toBe(true)
    expect(patternCovers("order.*", "orders.placed")).toBe(false)
    expect(patternCovers("order.placed", "order.canceled")).toBe(false)
  })

  it("tells whether any pattern of a selection covers an event", () => {
    expect(isEventCovered(["payment.captured", "order.*"], "order.canceled")).toBe(true)
    expect(isEventCovered(["payment.captured"], "order.canceled")).toBe(false)
  })
})

describe("toggling", () => {
  it("replaces everything with * when all events are checked, and clears it when unchecked", () => {
    expect(toggleAllEvents(true)).toEqual(["*"])
    expect(toggleAllEvents(false)).toEqual([])
  })

  it("replaces the group's own patterns with its wildcard, keeping the others", () => {
    expect(toggleEventGroup(["order.placed", "payment.captured", "order.x.*"], orderGroup, true)).toEqual(["payment.captured", "order.*"])
    expect(toggleEventGroup(["order.*", "payment.captured"], orderGroup, false)).toEqual(["payment.captured"])
  })

  it("adds or removes one event without repeating it", () => {
    expect(toggleEvent(["order.placed"], "order.placed", true)).toEqual(["order.placed"])
    expect(toggleEvent(["order.placed", "payment.captured"], "order.placed", false)).toEqual(["payment.captured"])
  })
})

describe("otherPatterns", () => {
  it("keeps the patterns the checklist cannot show", () => {
    expect(otherPatterns(["*", "order.*", "order.placed", "deal.listing.*", "gone.event"], groups)).toEqual(["deal.listing.*", "gone.event"])
  })
})

describe("eventBadges", () => {
  it("shows the first three patterns and counts the rest", () => {
    expect(eventBadges(["a", "b", "c", "d", "e"])).toEqual({ shown: ["a", "b", "c"], hidden: ["d", "e"] })
    expect(eventBadges(["a"])).toEqual({ shown: ["a"], hidden: [] })
  })
})
