import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

// A code stays valid for its 30 s step and one step either side (Medusa's window): remember
// accepted ones a little longer than that. Per process, like the rate limits.
const REMEMBER_MS = 120_000
const accepted = new Map<string, number>()

/**
 * Refuses an authenticator code that already opened a session or changed the settings of
 * this account (Medusa accepts the same code again while it is current): a code seen over a
 * shoulder or in a proxy's log cannot be replayed. Runs behind `oneAtATimePerIdentity`.
 */
export function refuseReplayedTotp(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const identity = (req as AuthenticatedMedusaRequest).auth_context?.auth_identity_id
  const { method, code } = (req.body ?? {}) as { method?: unknown; code?: unknown }
  if (!identity || (method !== undefined && method !== "totp") || typeof code !== "string") return next()
  const now = Date.now()
  for (const [key, at] of accepted) if (now - at > REMEMBER_MS) accepted.delete(key)
  const key = `${identity}:${code.trim()}`
  if (accepted.has(key)) {
    return res.status(400).json({ type: "not_allowed", message: "This code was used already: enter the next one from the app" })
  }
  res.once("finish", () => {
    if (res.statusCode < 300) accepted.set(key, Date.now())
  })
  next()
}
