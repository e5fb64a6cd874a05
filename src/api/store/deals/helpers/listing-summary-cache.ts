/** What is cached: anything computed at a listing version, valid until a deal's next start or end. */
export type VersionedSummary = { version: number | null; next_boundary: Date | null }

type Entry = { summary: VersionedSummary; expires_at: number }

const MAX_ENTRIES = 1000
// Category names in facets come from the product module, which does not bump the
// listing version: a minute bounds how long a renamed category shows its old name.
const MAX_AGE_MS = 60_000

const entries = new Map<string, Entry>()

/**
 * Totals and facets of listing queries, per query, valid while the listing version is the
 * one they were computed at and until the next deal starts or ends. What makes the
 * listing's cost flat: a page is an index scan, and the O(matches) count and facets are
 * computed once per version instead of once per request.
 */
export async function cachedListingSummary<T extends VersionedSummary>(
  key: string,
  currentVersion: number | null,
  now: Date,
  compute: () => Promise<T>
): Promise<T> {
  const entry = entries.get(key)
  if (entry && currentVersion !== null && entry.summary.version === currentVersion && now.getTime() < entry.expires_at) {
    // Map order is insertion order: re-inserting marks the entry as recently used.
    entries.delete(key)
    entries.set(key, entry)
    return entry.summary as T
  }
  const summary = await compute()
  if (summary.version === null) {
    return summary
  }
  const boundary = summary.next_boundary?.getTime() ?? Number.POSITIVE_INFINITY
  entries.set(key, { summary, expires_at: Math.min(boundary, now.getTime() + MAX_AGE_MS) })
  if (entries.size > MAX_ENTRIES) {
    entries.delete(entries.keys().next().value as string)
  }
  return summary
}
