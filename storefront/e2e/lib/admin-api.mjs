// The Admin API as a merchant's tools use it, for end-to-end tests that change the store.
import assert from "node:assert/strict"

export const BACKEND_URL = (process.env.BACKEND_URL || "http://localhost:9000").replace(/\/$/, "")

/** Signs in as the e2e admin (scripts/e2e.mjs creates it); returns a caller of the Admin API. */
export async function adminClient() {
  const login = await fetch(`${BACKEND_URL}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@comptoir.test", password: "e2e-password" }),
  })
  const { token } = await login.json()
  assert.ok(token, `admin login failed (${login.status})`)
  return async function admin(path, { method = "GET", body } = {}) {
    const response = await fetch(`${BACKEND_URL}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body && JSON.stringify(body),
    })
    const json = await response.json().catch(() => ({}))
    assert.ok(response.ok, `${method} ${path} → ${response.status} ${JSON.stringify(json)}`)
    return json
  }
}

/** Retries `read` until `check` holds, for up to `ms`: the backend notifies after its events. */
export async function until(read, check, ms = 20_000) {
  const deadline = Date.now() + ms
  let value
  while (Date.now() < deadline) {
    value = await read()
    if (check(value)) return value
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  assert.fail(`still not there after ${ms} ms: ${JSON.stringify(value).slice(0, 300)}`)
}
