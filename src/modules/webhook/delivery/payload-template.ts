/**
 * A declarative reshaping of a webhook body, for receivers (Zapier, Make) that want a flat
 * object: each field copies the value at `from` (a dotted path into `{ type, timestamp, data }`,
 * numbers index arrays) to the key `to`. Never code: nothing is evaluated on the server.
 */
export type PayloadTemplate = { fields: { from: string; to: string }[] }

export const TEMPLATE_PATH = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/
export const TEMPLATE_KEY = /^[A-Za-z0-9_]{1,64}$/
export const MAX_TEMPLATE_FIELDS = 50

/** The value at a dotted path, or null when any part of it is missing. */
function valueAt(source: unknown, path: string): unknown {
  let current: unknown = source
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object" || !Object.prototype.hasOwnProperty.call(current, part)) return null
    current = (current as Record<string, unknown>)[part]
  }
  return current === undefined ? null : current
}

/** The body sent: the envelope itself, or the flat object the template describes. */
export function applyPayloadTemplate(envelope: Record<string, unknown>, template: PayloadTemplate | null | undefined): unknown {
  if (!template?.fields?.length) return envelope
  const out: Record<string, unknown> = {}
  for (const field of template.fields) out[field.to] = valueAt(envelope, field.from)
  return out
}
