import fc from "fast-check"
import { parseCartReminderOptions } from "../../../modules/cart-reminder/options"
import { dueReminder } from "../due-reminder"

const HOUR = 3_600_000
const settings = parseCartReminderOptions({})
const now = new Date("2026-11-29T12:00:00Z")
const idleFor = (hours: number) => new Date(now.getTime() - hours * HOUR)

describe("dueReminder", () => {
  it("sends the first at 4 hours idle and the last at 24", () => {
    const fresh = { reminders_sent: 0, first_sent_at: null, opted_out: false }
    expect(dueReminder({ ...fresh, last_activity_at: idleFor(3.99) }, now, settings)).toBeNull()
    expect(dueReminder({ ...fresh, last_activity_at: idleFor(4) }, now, settings)).toBe(1)
    const reminded = { reminders_sent: 1, first_sent_at: idleFor(20), opted_out: false }
    expect(dueReminder({ ...reminded, last_activity_at: idleFor(23.9) }, now, settings)).toBeNull()
    expect(dueReminder({ ...reminded, last_activity_at: idleFor(24) }, now, settings)).toBe(2)
  })

  it("does not follow a late first reminder with the last one at once", () => {
    // The job was down: the first went out at 30 h idle; the last waits the 20 h gap.
    const late = { reminders_sent: 1, first_sent_at: idleFor(0.1), last_activity_at: idleFor(30), opted_out: false }
    expect(dueReminder(late, now, settings)).toBeNull()
    expect(dueReminder({ ...late, first_sent_at: idleFor(20) }, now, settings)).toBe(2)
  })

  it("never sends a third, nor anything to an address that opted out, whatever the times", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (idleHours, sinceFirst) => {
        const last = { reminders_sent: 2, first_sent_at: idleFor(sinceFirst), last_activity_at: idleFor(idleHours), opted_out: false }
        expect(dueReminder(last, now, settings)).toBeNull()
        expect(dueReminder({ ...last, reminders_sent: 0, opted_out: true }, now, settings)).toBeNull()
        expect(dueReminder({ ...last, reminders_sent: 1, opted_out: true }, now, settings)).toBeNull()
      })
    )
  })

  it("refuses options whose last reminder is not after the first", () => {
    expect(() => parseCartReminderOptions({ cart_reminders: { first_after_hours: 24, second_after_hours: 4 } })).toThrow(/second_after_hours/)
    expect(() => parseCartReminderOptions({ cart_reminders: { first_after_hours: -1 } })).toThrow(/first_after_hours/)
  })
})
