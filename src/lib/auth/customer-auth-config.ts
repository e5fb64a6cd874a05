import { MedusaError } from "@medusajs/framework/utils"

/**
 * Customer accounts use Medusa's own auth module features (2.21): e-mail verification
 * (`authVerificationsPerActor` + the `token` verification provider) and two-factor login
 * (the `totp` MFA provider, hashed single-use recovery codes, challenges with an attempt
 * limit). Both Medusa configurations (the backend's and the plugin tests') build their auth
 * module and verification rules here, so tests run what production runs.
 */

/** The sign-in method that must prove its e-mail address before a customer token is given. */
export const CUSTOMER_EMAIL_VERIFICATION = { entity_type: "email", auth_provider: "emailpass" } as const

/** Hours a verification link stays valid; a new request replaces the previous link. */
export const EMAIL_VERIFICATION_TTL_HOURS = 24

/** `projectConfig.http.authVerificationsPerActor`: customers verify, admin users do not. */
export const authVerificationsPerActor = { customer: [CUSTOMER_EMAIL_VERIFICATION] }

type AuthEnv = Record<string, string | undefined>

/**
 * The auth module declaration. `MFA_ENCRYPTION_KEY` encrypts TOTP secrets at rest (AES-256-GCM
 * with a key derived from it): losing or changing it disables every enrolled authenticator.
 */
export function customerAuthModule(env: AuthEnv = process.env) {
  const encryptionKey = env.MFA_ENCRYPTION_KEY?.trim()
  if (!encryptionKey || encryptionKey.length < 32) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      "MFA_ENCRYPTION_KEY must be set to a random secret of at least 32 characters (it encrypts " +
        "customers' two-factor secrets); `npm start` generates one into .data/secrets.json"
    )
  }
  return {
    resolve: "@medusajs/medusa/auth",
    options: {
      providers: [{ resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" }],
      mfa: {
        encryption_key: encryptionKey,
        recovery_code_count: 10,
        challenge_ttl_seconds: 300,
        challenge_max_attempts: 5,
        // Turning two-factor off asks for a current code or a recovery code, not just a session.
        disable_policy: "challenge",
        providers: [{ id: "totp", options: { issuer: env.SHOP_NAME || "Comptoir" } }],
      },
      verification: {
        providers: [{ id: "token", options: { ttl_seconds: EMAIL_VERIFICATION_TTL_HOURS * 3600 } }],
      },
    },
  }
}
