import fc from "fast-check"
import { MAX_ATTEMPTS, nextRetryDelay, parseRetryAfter, RETRY_SCHEDULE_MS } from "../delivery/retry-schedule"
import { applyPayloadTemplate } from "../delivery/payload-template"
import { matchesEventType } from "../delivery/event-type-match"

describe("retry schedule", () => {
  it("waits 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h between the 8 attempts, within 10 % jitter", () => {
    expect(RETRY_SCHEDULE_MS.slice(1).map((ms) => ms / 1000)).toEqual([5, 300, 1800, 7200, 18000, 36000, 36000])
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_ATTEMPTS - 1 }), fc.double({ min: 0, max: 0.9999, noNaN: true }), (made, random) => {
        const delay = nextRetryDelay(made, () => random)!
        const base = RETRY_SCHEDULE_MS[made]
        return delay >= base * 0.9 - 1 && delay <= base * 1.1 + 1
      })
    )
    expect(nextRetryDelay(MAX_ATTEMPTS)).toBeNull()
  })

  it("reads Retry-After as seconds or an HTTP date, capped at 10 hours", () => {
    const now = Date.parse("2026-11-29T10:00:00Z")
    expect(parseRetryAfter("120", now)).toBe(120_000)
    expect(parseRetryAfter("Sun, 29 Nov 2026 10:01:00 GMT", now)).toBe(60_000)
    expect(parseRetryAfter("999999", now)).toBe(10 * 3600_000)
    expect(parseRetryAfter("soon", now)).toBeNull()
    expect(parseRetryAfter(undefined, now)).toBeNull()
  })
})

describe("event type patterns", () => {
  it("matches exact names, prefix wildcards and *", () => {
    expect(matchesEventType(["order.*"], "order.placed")).toBe(true)
    expect(matchesEventType(["order.*"], "order.fulfillment_created")).toBe(true)
    expect(matchesEventType(["order.*"], "orders.placed")).toBe(false)
    expect(matchesEventType(["invoice.*"], "invoice.credit_note.issued")).toBe(true)
    expect(matchesEventType(["review.approved"], "review.rejected")).toBe(false)
    expect(matchesEventType(["*"], "deal.created")).toBe(true)
  })
})

describe("payload templates", () => {
  it("copies values by path into a flat object; missing paths give null; nothing is evaluated", () => {
    const envelope = { type: "order.placed", timestamp: "t", data: { id: "o1", items: [{ title: "Spa" }], __proto__: { polluted: 1 } } }
    expect(applyPayloadTemplate(envelope, { fields: [{ from: "data.items.0.title", to: "item" }, { from: "data.constructor", to: "c" }, { from: "data.polluted", to: "p" }] })).toEqual({ item: "Spa", c: null, p: null })
    expect(applyPayloadTemplate(envelope, null)).toBe(envelope)
  })
})
