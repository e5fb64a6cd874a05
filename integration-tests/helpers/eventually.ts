/**
 * Re-reads a value until it equals `expected` or ~5 s pass, for effects of subscribers that
 * run after the request returns. Returns the last value read, for the test to assert.
 */
export async function eventually<T>(read: () => Promise<T>, expected: T, attempts = 50): Promise<T> {
  let value = await read()
  for (let attempt = 0; attempt < attempts && value !== expected; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}
