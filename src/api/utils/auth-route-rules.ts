import { authenticate, type AuthenticatedMedusaRequest, type MedusaRequest, type MiddlewareRoute } from "@medusajs/framework/http"
import { oneAtATimePerIdentity } from "./identity-lock"
import { requireStrongPassword } from "./password-rule"
import { refuseReplayedTotp } from "./totp-replay"
import { rateLimit } from "./rate-limit"

/**
 * Rules on Medusa's own auth routes: customers' passwords follow the password rule, and
 * limits, counted per account rather than per IP: the storefront
 * calls them from its server, so every shopper shares its address (it limits per shopper IP
 * on its side). Two-factor challenges already allow 5 tries each; these cap what a password
 * thief gets by starting new challenges.
 */
const bodyField = (name: string) => (req: MedusaRequest) => {
  const value = (req.body as Record<string, unknown> | undefined)?.[name]
  return typeof value === "string" ? `${req.params.actor_type}:${value.trim().toLowerCase()}` : undefined
}

const authIdentity = (req: MedusaRequest) => (req as AuthenticatedMedusaRequest).auth_context?.auth_identity_id

// Medusa's own check, run once more here so that the limit can count per auth identity.
const tokenHolder = authenticate("*", ["session", "bearer"], { allowUnregistered: true, requireMfa: false })

const perIdentity = (keyPrefix: string, points: number, duration: number) => [
  tokenHolder,
  rateLimit({ keyPrefix, points, duration, keyOf: authIdentity }),
]

// Codes are checked one at a time per account (a recovery code cannot serve twice at once),
// and an authenticator code serves once.
const codeCheck = (keyPrefix: string) => [...perIdentity(keyPrefix, 10, 15 * 60), oneAtATimePerIdentity("mfa-code"), refuseReplayedTotp]

export const authRouteRules: MiddlewareRoute[] = [
  {
    matcher: "/auth/:actor_type/emailpass",
    methods: ["POST"],
    middlewares: [rateLimit({ keyPrefix: "sign-in", points: 10, duration: 15 * 60, keyOf: bodyField("email") })],
  },
  {
    matcher: "/auth/:actor_type/emailpass/reset-password",
    methods: ["POST"],
    middlewares: [rateLimit({ keyPrefix: "password-reset", points: 3, duration: 60 * 60, keyOf: bodyField("identifier") })],
  },
  { matcher: "/auth/:actor_type/emailpass/register", methods: ["POST"], middlewares: [requireStrongPassword] },
  { matcher: "/auth/:actor_type/emailpass/update", methods: ["POST"], middlewares: [requireStrongPassword] },
  { matcher: "/auth/mfa/challenges/:id/verify", methods: ["POST"], middlewares: codeCheck("mfa-challenge") },
  { matcher: "/auth/mfa/factors/:id", methods: ["DELETE"], middlewares: codeCheck("mfa-disable") },
  { matcher: "/auth/mfa/factors/:id/verify", methods: ["POST"], middlewares: codeCheck("mfa-enable") },
  // Each request sends an e-mail.
  { matcher: "/auth/verification/request", methods: ["POST"], middlewares: perIdentity("verification-request", 3, 15 * 60) },
]
