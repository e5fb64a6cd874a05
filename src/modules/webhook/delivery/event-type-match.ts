/** Whether an endpoint subscribed to `patterns` gets `eventType`: exact names, `order.*` (any depth) or `*`. */
export function matchesEventType(patterns: string[], eventType: string): boolean {
  return patterns.some((pattern) => pattern === "*" || pattern === eventType || (pattern.endsWith(".*") && eventType.startsWith(pattern.slice(0, -1))))
}

/** A subscription pattern: a dotted event name, optionally ending in `.*`, or `*` alone. */
export const EVENT_TYPE_PATTERN = /^(\*|[a-z0-9_]+(\.[a-z0-9_]+)*(\.\*)?)$/
