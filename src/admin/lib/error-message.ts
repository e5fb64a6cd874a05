/**
 * The message to show for a failed request. The js-sdk throws a `FetchError` whose message is the
 * server's `message` ("ends_at must be after starts_at"), which says more than any generic text.
 */
export function errorMessage(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback
}
