import type { DealMessageKey } from "./i18n"
import type { Deal, DealContent } from "./deal-types"

/** One FAQ row of the form; `key` only keeps React rows stable while editing. */
export type FaqRow = { key: number; question: string; answer: string }

/** What the form edits: text as typed, converted to a `DealContent` on save. */
export type DealFormValues = {
  subtitle: string
  highlights: string
  included: string
  how_it_works: string
  conditions: string
  faq: FaqRow[]
  location_address: string
  location_city: string
  location_lat: string
  location_lng: string
  starts_at: string
  ends_at: string
  is_featured: boolean
  is_deal_of_day: boolean
  min_quantity: string
  max_quantity: string
}

export type DealFormErrors = Partial<Record<keyof DealFormValues, DealMessageKey>>

let nextFaqKey = 0

/** A new FAQ row with a key unique within this page. */
export function newFaqRow(question = "", answer = ""): FaqRow {
  nextFaqKey += 1
  return { key: nextFaqKey, question, answer }
}

const pad = (value: number) => String(value).padStart(2, "0")

/** ISO instant → `datetime-local` value, in the browser's time zone like the input itself. */
export function isoToLocalInput(iso: string | null): string {
  if (!iso) {
    return ""
  }
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) {
    return ""
  }
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** `datetime-local` value (local time, no zone) → ISO instant; "" → null. */
export function localInputToIso(value: string): string | null {
  if (!value) {
    return null
  }
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

const numberText = (value: number | null) => (value === null ? "" : String(value))

/** Form values for an existing deal, or empty ones for a new deal. */
export function toFormValues(deal?: Deal): DealFormValues {
  return {
    subtitle: deal?.subtitle ?? "",
    highlights: (deal?.highlights ?? []).join("\n"),
    included: (deal?.included ?? []).join("\n"),
    how_it_works: deal?.how_it_works ?? "",
    conditions: deal?.conditions ?? "",
    faq: (deal?.faq ?? []).map((entry) => newFaqRow(entry.question, entry.answer)),
    location_address: deal?.location_address ?? "",
    location_city: deal?.location_city ?? "",
    location_lat: numberText(deal?.location_lat ?? null),
    location_lng: numberText(deal?.location_lng ?? null),
    starts_at: isoToLocalInput(deal?.starts_at ?? null),
    ends_at: isoToLocalInput(deal?.ends_at ?? null),
    is_featured: deal?.is_featured ?? false,
    is_deal_of_day: deal?.is_deal_of_day ?? false,
    min_quantity: String(deal?.min_quantity ?? 1),
    max_quantity: numberText(deal?.max_quantity ?? null),
  }
}

const textOrNull = (value: string) => value.trim() || null
const lines = (value: string) =>
  value
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
const numberOrNull = (value: string) => (value.trim() === "" ? null : Number(value))
const isBlankRow = (row: FaqRow) => !row.question.trim() && !row.answer.trim()

/** Converts form values to API content. Call `validateDealForm` first: numbers are assumed valid. */
export function toDealContent(values: DealFormValues): DealContent {
  return {
    subtitle: textOrNull(values.subtitle),
    highlights: lines(values.highlights),
    included: lines(values.included),
    how_it_works: textOrNull(values.how_it_works),
    conditions: textOrNull(values.conditions),
    faq: values.faq
      .filter((row) => !isBlankRow(row))
      .map((row) => ({ question: row.question.trim(), answer: row.answer.trim() })),
    location_address: textOrNull(values.location_address),
    location_city: textOrNull(values.location_city),
    location_lat: numberOrNull(values.location_lat),
    location_lng: numberOrNull(values.location_lng),
    starts_at: localInputToIso(values.starts_at),
    ends_at: localInputToIso(values.ends_at),
    is_featured: values.is_featured,
    is_deal_of_day: values.is_deal_of_day,
    min_quantity: Number(values.min_quantity),
    max_quantity: numberOrNull(values.max_quantity),
  }
}

const inRange = (value: string, bound: number) => {
  const parsed = numberOrNull(value)
  return parsed === null || (Number.isFinite(parsed) && Math.abs(parsed) <= bound)
}
const isWholeAtLeast = (value: number, min: number) => Number.isInteger(value) && value >= min

/** The checks the user can fix in place; the server still has the final word (limits, lengths). */
export function validateDealForm(values: DealFormValues): DealFormErrors {
  const errors: DealFormErrors = {}
  if (!inRange(values.location_lat, 90)) {
    errors.location_lat = "errorLatitude"
  }
  if (!inRange(values.location_lng, 180)) {
    errors.location_lng = "errorLongitude"
  }
  const min = Number(values.min_quantity)
  if (values.min_quantity.trim() === "" || !isWholeAtLeast(min, 1)) {
    errors.min_quantity = "errorMinQuantity"
  }
  const max = numberOrNull(values.max_quantity)
  if (max !== null && !isWholeAtLeast(max, errors.min_quantity ? 1 : min)) {
    errors.max_quantity = "errorMaxQuantity"
  }
  const startsAt = localInputToIso(values.starts_at)
  const endsAt = localInputToIso(values.ends_at)
  if (startsAt && endsAt && endsAt <= startsAt) {
    errors.ends_at = "errorEndsAt"
  }
  if (values.faq.some((row) => !isBlankRow(row) && (!row.question.trim() || !row.answer.trim()))) {
    errors.faq = "errorFaq"
  }
  return errors
}

/**
 * The keys of `next` that differ from `previous`, so an update sends only what the user changed
 * and does not overwrite fields edited meanwhile by someone else.
 */
export function changedContent(previous: DealContent, next: DealContent): Partial<DealContent> {
  const changes: Partial<DealContent> = {}
  for (const key of Object.keys(next) as (keyof DealContent)[]) {
    if (JSON.stringify(previous[key]) !== JSON.stringify(next[key])) {
      Object.assign(changes, { [key]: next[key] })
    }
  }
  return changes
}
