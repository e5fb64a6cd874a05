import { z } from "@medusajs/framework/zod"
import { WEBHOOK_EVENT_CATALOG } from "../../../lib/webhook/event-catalog"
import { EVENT_TYPE_PATTERN, matchesEventType } from "../../../modules/webhook/delivery/event-type-match"
import { MAX_TEMPLATE_FIELDS, TEMPLATE_KEY, TEMPLATE_PATH } from "../../../modules/webhook/delivery/payload-template"
import { entityId, safeText } from "../../utils/validators"

/** Headers the delivery sets itself (signature, framing): an endpoint may not override them. */
const RESERVED_HEADERS = new Set([
  "webhook-id", "webhook-timestamp", "webhook-signature", "content-type", "content-length", "host", "user-agent", "transfer-encoding", "connection",
])
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/
// What Node's HTTP client accepts in a header value: no CR, LF or other control character.
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/
const MAX_HEADERS = 20
// A template path reads the body `{ type, timestamp, data }`.
const ENVELOPE_KEYS = new Set(["type", "timestamp", "data"])

const withoutNul = (value: string) => !value.includes("\u0000")

/** Optional free text: blank becomes null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(withoutNul, { message: "must not contain NUL bytes" })
    .transform((value) => value || null)

/** An ISO 8601 date-time (`2026-11-25T10:42:00Z`, with an offset or not) or date, as a Date. */
const isoDate = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { message: "must be an ISO 8601 date or date-time" })
  .transform((value) => new Date(value))
  .refine((date) => date.getUTCFullYear() >= 1970, { message: "must not be before 1970" })

const eventTypes = z
  .array(z.string().max(200).regex(EVENT_TYPE_PATTERN, { message: "must be an event type (order.placed), a wildcard (order.*) or *" }))
  .min(1)
  .max(100)
  .superRefine((patterns, ctx) => {
    patterns.forEach((pattern, index) => {
      if (EVENT_TYPE_PATTERN.test(pattern) && !WEBHOOK_EVENT_CATALOG.some((event) => matchesEventType([pattern], event.type))) {
        const what = pattern.endsWith(".*") ? `${pattern} matches no event type` : `Unknown event type ${pattern}`
        ctx.addIssue({ code: "custom", path: [index], message: `${what}: see GET /admin/webhooks/events` })
      }
    })
  })
  .transform((patterns) => [...new Set(patterns)])

const headers = z.record(z.string(), z.string()).superRefine((record, ctx) => {
  const names = Object.keys(record)
  if (names.length > MAX_HEADERS) {
    ctx.addIssue({ code: "custom", message: `At most ${MAX_HEADERS} headers are allowed (${names.length} given)` })
  }
  const seen = new Set<string>()
  for (const name of names) {
    const lower = name.toLowerCase()
    if (!HEADER_NAME.test(name) || name.length > 100) {
      ctx.addIssue({ code: "custom", path: [name], message: `Header name ${JSON.stringify(name)} is not a valid HTTP header name` })
    } else if (RESERVED_HEADERS.has(lower)) {
      ctx.addIssue({ code: "custom", path: [name], message: `Header ${name} is set by Comptoir on every delivery and cannot be overridden` })
    } else if (seen.has(lower)) {
      ctx.addIssue({ code: "custom", path: [name], message: `Header ${name} is given twice (names are case-insensitive)` })
    }
    seen.add(lower)
    const value = record[name]
    if (value.length > 1000) {
      ctx.addIssue({ code: "custom", path: [name], message: `The value of header ${name} is longer than 1000 characters` })
    } else if (!HEADER_VALUE.test(value)) {
      ctx.addIssue({ code: "custom", path: [name], message: `The value of header ${name} must not contain CR, LF or other control characters` })
    }
  }
})

const payloadTemplate = z
  .object({
    fields: z
      .array(
        z
          .object({
            from: z
              .string()
              .max(300)
              .regex(TEMPLATE_PATH, { message: "must be a dotted path such as data.id or data.items.0.title" })
              .refine((path) => ENVELOPE_KEYS.has(path.split(".")[0]), { message: "must start with type, timestamp or data" }),
            to: z.string().regex(TEMPLATE_KEY, { message: "must be 1 to 64 letters, digits or _" }),
          })
          .strict()
      )
      .min(1)
      .max(MAX_TEMPLATE_FIELDS)
      .superRefine((fields, ctx) => {
        const seen = new Set<string>()
        fields.forEach((field, index) => {
          if (seen.has(field.to)) {
            ctx.addIssue({ code: "custom", path: [index, "to"], message: `Template key ${field.to} is used twice` })
          }
          seen.add(field.to)
        })
      }),
  })
  .strict()

const endpointSettings = {
  description: optionalText(500).nullish(),
  headers: headers.nullish(),
  payload_template: payloadTemplate.nullish(),
}

export const AdminCreateWebhook = z
  .object({
    url: safeText(2000),
    event_types: eventTypes,
    timeout_ms: z.number().int().min(1000).max(30000).default(15000),
    ...endpointSettings,
  })
  .strict()
export type AdminCreateWebhookType = z.infer<typeof AdminCreateWebhook>

export const AdminUpdateWebhook = z
  .object({
    url: safeText(2000).optional(),
    event_types: eventTypes.optional(),
    timeout_ms: z.number().int().min(1000).max(30000).optional(),
    ...endpointSettings,
  })
  .strict()
export type AdminUpdateWebhookType = z.infer<typeof AdminUpdateWebhook>

export const AdminRotateWebhookSecret = z.object({ overlap_hours: z.number().min(0).max(168).optional() }).strict()
export type AdminRotateWebhookSecretType = z.infer<typeof AdminRotateWebhookSecret>

export const AdminReplayWebhook = z.object({ since: isoDate }).strict()
export type AdminReplayWebhookType = z.infer<typeof AdminReplayWebhook>

/** The body of an action that takes none (enable, test, retry): only `{}` or nothing. */
export const AdminWebhookActionBody = z.object({}).strict()

/** Query of a route that takes no parameter. */
export const AdminGetWebhookParams = z.object({}).strict()

const limit = z.coerce.number().int().min(1).max(100).default(20)
const offset = z.coerce.number().int().min(0).max(1_000_000).default(0)

export const AdminGetWebhooksParams = z
  .object({
    q: safeText(200).optional(),
    status: z.enum(["active", "disabled"]).optional(),
    limit,
    offset,
  })
  .strict()
export type AdminGetWebhooksParamsType = z.infer<typeof AdminGetWebhooksParams>

export const AdminGetWebhookDeliveriesParams = z
  .object({
    endpoint_id: entityId.optional(),
    event_type: safeText(200).optional(),
    state: z.enum(["pending", "succeeded", "failed"]).optional(),
    created_at_gte: isoDate.optional(),
    created_at_lte: isoDate.optional(),
    limit,
    offset,
  })
  .strict()
export type AdminGetWebhookDeliveriesParamsType = z.infer<typeof AdminGetWebhookDeliveriesParams>
