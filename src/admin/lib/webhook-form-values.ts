import type { WebhookMessageKey } from "./i18n"
import type { AdminWebhookEndpoint, AdminWebhookEndpointBody, WebhookPayloadTemplate } from "./webhook-types"

/** One custom header of the form; `key` only keeps React rows stable while editing. */
export type HeaderRow = { key: number; name: string; value: string }

/** One field of the payload template: copy the value at `from` to the key `to`. */
export type TemplateRow = { key: number; from: string; to: string }

/** What the endpoint drawer edits: text as typed, converted to a request body on save. */
export type WebhookFormValues = {
  url: string
  description: string
  event_types: string[]
  headers: HeaderRow[]
  /** The request timeout in seconds, as typed. */
  timeout_seconds: string
  payload_template: TemplateRow[]
}

export type WebhookFormErrors = Partial<Record<keyof WebhookFormValues, WebhookMessageKey>>

/** The timeout of a new endpoint, the module's default. */
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 15_000

let nextRowKey = 0

/** A new header row with a key unique within this page. */
export function newHeaderRow(name = "", value = ""): HeaderRow {
  nextRowKey += 1
  return { key: nextRowKey, name, value }
}

/** A new template row with a key unique within this page. */
export function newTemplateRow(from = "", to = ""): TemplateRow {
  nextRowKey += 1
  return { key: nextRowKey, from, to }
}

/** Form values for an existing endpoint, or those of a new one. */
export function toWebhookFormValues(webhook?: AdminWebhookEndpoint): WebhookFormValues {
  return {
    url: webhook?.url ?? "",
    description: webhook?.description ?? "",
    event_types: [...(webhook?.event_types ?? [])],
    headers: Object.entries(webhook?.headers ?? {}).map(([name, value]) => newHeaderRow(name, value)),
    timeout_seconds: String((webhook?.timeout_ms ?? DEFAULT_WEBHOOK_TIMEOUT_MS) / 1000),
    payload_template: (webhook?.payload_template?.fields ?? []).map((field) => newTemplateRow(field.from, field.to)),
  }
}

// The characters RFC 9110 allows in a header name.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

const isBlankHeader = (row: HeaderRow) => !row.name.trim() && !row.value.trim()
const isBlankTemplateRow = (row: TemplateRow) => !row.from.trim() && !row.to.trim()

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim())
    return url.protocol === "https:" || url.protocol === "http:"
  } catch {
    return false
  }
}

/** The checks the user can fix in place; the server still has the final word (HTTPS, public address, limits). */
export function validateWebhookForm(values: WebhookFormValues): WebhookFormErrors {
  const errors: WebhookFormErrors = {}
  if (!isHttpUrl(values.url)) {
    errors.url = "errorUrl"
  }
  if (values.event_types.length === 0) {
    errors.event_types = "errorEventTypes"
  }
  const headers = values.headers.filter((row) => !isBlankHeader(row))
  const names = headers.map((row) => row.name.trim().toLowerCase())
  if (headers.some((row) => !HEADER_NAME.test(row.name.trim()))) {
    errors.headers = "errorHeaderName"
  } else if (new Set(names).size !== names.length) {
    errors.headers = "errorHeaderDuplicate"
  }
  const seconds = Number(values.timeout_seconds)
  if (values.timeout_seconds.trim() === "" || !Number.isFinite(seconds) || seconds <= 0) {
    errors.timeout_seconds = "errorTimeout"
  }
  if (values.payload_template.some((row) => !isBlankTemplateRow(row) && (!row.from.trim() || !row.to.trim()))) {
    errors.payload_template = "errorTemplate"
  }
  return errors
}

/** Every field of an endpoint as the API takes it, for the form's values; call `validateWebhookForm` first. */
export type WebhookFields = Required<AdminWebhookEndpointBody>

/** Converts form values to the fields of a request body: blank rows dropped, text trimmed. */
export function toWebhookFields(values: WebhookFormValues): WebhookFields {
  const fields = values.payload_template
    .filter((row) => !isBlankTemplateRow(row))
    .map((row) => ({ from: row.from.trim(), to: row.to.trim() }))
  const template: WebhookPayloadTemplate | null = fields.length > 0 ? { fields } : null
  return {
    url: values.url.trim(),
    description: values.description.trim() || null,
    event_types: values.event_types,
    headers: Object.fromEntries(values.headers.filter((row) => !isBlankHeader(row)).map((row) => [row.name.trim(), row.value.trim()])),
    timeout_ms: Math.round(Number(values.timeout_seconds) * 1000),
    payload_template: template,
  }
}

/** The body creating an endpoint: empty optional fields are left out rather than sent empty. */
export function toCreateWebhookBody(fields: WebhookFields): AdminWebhookEndpointBody {
  const { description, headers, payload_template, ...rest } = fields
  return {
    ...rest,
    ...(description !== null && { description }),
    ...(Object.keys(headers).length > 0 && { headers }),
    ...(payload_template !== null && { payload_template }),
  }
}

/**
 * The fields of `next` that differ from `previous`, so an update sends only what the user changed
 * and does not overwrite fields edited meanwhile by someone else.
 */
export function changedWebhookFields(previous: WebhookFields, next: WebhookFields): Partial<WebhookFields> {
  const changes: Partial<WebhookFields> = {}
  for (const key of Object.keys(next) as (keyof WebhookFields)[]) {
    if (JSON.stringify(previous[key]) !== JSON.stringify(next[key])) {
      Object.assign(changes, { [key]: next[key] })
    }
  }
  return changes
}
