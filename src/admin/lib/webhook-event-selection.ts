import type { AdminWebhookEventType } from "./webhook-types"

/** The pattern that subscribes an endpoint to every event. */
export const ALL_EVENTS = "*"

/** The catalog's events sharing a prefix (`order`), and the wildcard that subscribes to all of them. */
export type WebhookEventGroup = { prefix: string; wildcard: string; events: AdminWebhookEventType[] }

/** The first part of an event type: `order` for `order.placed`. */
export function eventPrefix(type: string): string {
  const dot = type.indexOf(".")
  return dot === -1 ? type : type.slice(0, dot)
}

/** The catalog grouped by prefix, groups and events in the catalog's order. */
export function groupWebhookEvents(events: AdminWebhookEventType[]): WebhookEventGroup[] {
  const groups = new Map<string, WebhookEventGroup>()
  for (const event of events) {
    const prefix = eventPrefix(event.type)
    const group = groups.get(prefix) ?? { prefix, wildcard: `${prefix}.*`, events: [] }
    group.events.push(event)
    groups.set(prefix, group)
  }
  return [...groups.values()]
}

/**
 * Whether a subscription pattern covers an event type, as the server matches them: `*`, the exact
 * name, or `order.*` for any type under `order.` (at any depth).
 */
export function patternCovers(pattern: string, type: string): boolean {
  return pattern === ALL_EVENTS || pattern === type || (pattern.endsWith(".*") && type.startsWith(pattern.slice(0, -1)))
}

/** Whether a selection of patterns covers an event type. */
export const isEventCovered = (selection: string[], type: string): boolean =>
  selection.some((pattern) => patternCovers(pattern, type))

/** Checking "all events" replaces the rest, which it covers; unchecking it clears the selection. */
export function toggleAllEvents(on: boolean): string[] {
  return on ? [ALL_EVENTS] : []
}

/** Checking a group's wildcard replaces the patterns it covers; unchecking it removes it. */
export function toggleEventGroup(selection: string[], group: WebhookEventGroup, on: boolean): string[] {
  if (!on) {
    return selection.filter((pattern) => pattern !== group.wildcard)
  }
  // `order.placed`, `order.fulfillment.*` and `order.*` itself all start with `order.`.
  const rest = selection.filter((pattern) => !pattern.startsWith(`${group.prefix}.`))
  return [...rest, group.wildcard]
}

/** Adds or removes one event type. */
export function toggleEvent(selection: string[], type: string, on: boolean): string[] {
  const rest = selection.filter((pattern) => pattern !== type)
  return on ? [...rest, type] : rest
}

/**
 * The patterns of a selection that the checklist cannot show: neither `*`, a group's wildcard nor
 * a catalog event (e.g. `deal.listing.*` set through the API, or an event since removed).
 */
export function otherPatterns(selection: string[], groups: WebhookEventGroup[]): string[] {
  const known = new Set<string>([ALL_EVENTS])
  for (const group of groups) {
    known.add(group.wildcard)
    group.events.forEach((event) => known.add(event.type))
  }
  return selection.filter((pattern) => !known.has(pattern))
}

/** The first `max` patterns to show as badges, and how many more there are ("+N"). */
export function eventBadges(eventTypes: string[], max = 3): { shown: string[]; hidden: string[] } {
  return { shown: eventTypes.slice(0, max), hidden: eventTypes.slice(max) }
}
