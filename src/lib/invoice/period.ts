/** The shop's time zone: invoice days and years are counted there. */
export const INVOICE_TIME_ZONE = "Europe/Paris"

/** The instant a calendar day ("2026-11-29") starts in `timeZone`. */
export function startOfDay(day: string, timeZone = INVOICE_TIME_ZONE): Date {
  const [year, month, date] = day.split("-").map(Number)
  const utcMidnight = Date.UTC(year, month - 1, date)
  // The zone's offset at that moment (DST-aware), read back from how the zone writes it.
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .formatToParts(new Date(utcMidnight))
      .map((part) => [part.type, part.value])
  )
  const asZoned = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute))
  return new Date(utcMidnight - (asZoned - utcMidnight))
}

/** `issued_at` bounds for a period of days, both included: [start of `from`, start of the day after `to`). */
export function periodFilter(from?: string, to?: string): { $gte?: Date; $lt?: Date } | undefined {
  if (!from && !to) return undefined
  const nextDay = (day: string) => new Date(Date.parse(day) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
  return { ...(from && { $gte: startOfDay(from) }), ...(to && { $lt: startOfDay(nextDay(to)) }) }
}
