import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { passwordProblem } from "../../lib/auth/password-rule"

/**
 * Holds customers' new passwords (sign-up, reset) to the password rule before Medusa's
 * e-mail/password provider stores them; a refusal is a 400 with `code: "weak_password"`.
 */
export function requireStrongPassword(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { email, password } = (req.body ?? {}) as { email?: unknown; password?: unknown }
  if (req.params.actor_type !== "customer" || typeof password !== "string") return next()
  const problem = passwordProblem(password, typeof email === "string" ? email : undefined)
  if (!problem) return next()
  res.status(400).json({ type: "invalid_data", code: "weak_password", message: problem })
}
