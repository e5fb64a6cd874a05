import type { Logger } from "@medusajs/framework/types"

/** The storefront's revalidate route refuses more tags than this in one request. */
const MAX_TAGS_PER_REQUEST = 100
const TIMEOUT_MS = 5_000

let reportedUnconfigured = false

/**
 * Asks the storefront to regenerate the pages cached under these tags:
 * `POST STOREFRONT_REVALIDATE_URL` with `Authorization: Bearer STOREFRONT_REVALIDATE_SECRET`
 * and `{ tags }`, at most 100 tags a request. Does nothing when either variable is unset.
 * Never throws: a storefront that is down or refuses must not fail the caller; its pages
 * then only age out with their own revalidation time.
 */
export async function revalidateStorefront(tags: string[], logger: Logger): Promise<void> {
  const url = process.env.STOREFRONT_REVALIDATE_URL
  const secret = process.env.STOREFRONT_REVALIDATE_SECRET
  if (!url || !secret) {
    if (!reportedUnconfigured) {
      reportedUnconfigured = true
      logger.debug("Storefront revalidation is off: STOREFRONT_REVALIDATE_URL or STOREFRONT_REVALIDATE_SECRET is not set")
    }
    return
  }
  const unique = [...new Set(tags)]
  for (let start = 0; start < unique.length; start += MAX_TAGS_PER_REQUEST) {
    const batch = unique.slice(start, start + MAX_TAGS_PER_REQUEST)
    const failure = await fetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({ tags: batch }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    }).then(
      async (response) => {
        await response.body?.cancel()
        return response.ok ? null : `answered ${response.status}`
      },
      (error: Error) => error.message
    )
    if (failure) {
      // The next batches would most likely fail the same way: stop rather than wait on each.
      logger.warn(`Storefront revalidation of ${unique.length - start} tags failed: ${failure}`)
      return
    }
  }
}
