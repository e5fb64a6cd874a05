import type { WebhookDeliveryState, WebhookEndpointStatus } from "./webhook-types"

type BadgeColor = "grey" | "green" | "red" | "orange"

/** How each endpoint status reads and shows, for the badge and the status filter. */
export const WEBHOOK_STATUS_BADGES: Record<WebhookEndpointStatus, { label: "statusActive" | "statusDisabled"; color: BadgeColor }> = {
  active: { label: "statusActive", color: "green" },
  disabled: { label: "statusDisabled", color: "red" },
}

/** How each delivery state reads and shows, for the badge and the state filter. */
export const WEBHOOK_DELIVERY_STATE_BADGES: Record<
  WebhookDeliveryState,
  { label: "statePending" | "stateSucceeded" | "stateFailed"; color: BadgeColor }
> = {
  pending: { label: "statePending", color: "orange" },
  succeeded: { label: "stateSucceeded", color: "green" },
  failed: { label: "stateFailed", color: "red" },
}

/** What the page shows of a secret it has not fetched: its prefix and dots. */
export const MASKED_SECRET = `whsec_${"•".repeat(24)}`

/** A value as indented JSON, for payloads shown in a <pre>. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? String(value)
}

/** A request or response body as sent: indented when it is JSON, as is otherwise. */
export function prettyBody(body: string): string {
  try {
    return prettyJson(JSON.parse(body))
  } catch {
    return body
  }
}

/** Request headers one per line, `name: value`, as an HTTP message writes them. */
export function formatHeaders(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join("\n")
}

/** The host of an endpoint's URL for short labels (breadcrumbs); the URL itself when it does not parse. */
export function webhookHost(url: string): string {
  try {
    return new URL(url).host || url
  } catch {
    return url
  }
}

/** The default start of a replay: a day before `now`. */
export function defaultReplaySince(now = new Date()): Date {
  return new Date(now.getTime() - 24 * 60 * 60 * 1000)
}

/** The overlap a rotation proposes, the module's default. */
export const DEFAULT_OVERLAP_HOURS = 24

/** A typed overlap as the route takes it: whole hours, 0 or more; null when it is not one. */
export function parseOverlapHours(value: string): number | null {
  const hours = Number(value)
  return value.trim() !== "" && Number.isInteger(hours) && hours >= 0 ? hours : null
}

/** The snippet showing how a receiver checks the signature with the `standardwebhooks` npm package. */
export const VERIFY_SNIPPET = `import { Webhook } from "standardwebhooks"

const wh = new Webhook(process.env.WEBHOOK_SECRET)

// rawBody: the request body exactly as received (a string, not parsed JSON);
// headers: the request headers (webhook-id, webhook-timestamp, webhook-signature).
const payload = wh.verify(rawBody, headers) // throws when the signature does not match`
