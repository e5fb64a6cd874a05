import { randomBytes } from "node:crypto"
import { Webhook } from "standardwebhooks"

/** A new endpoint secret: `whsec_` and the base64 of 32 random bytes (Standard Webhooks asks at least 24). */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`
}

/**
 * The `webhook-signature` header: one `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` per
 * secret, space-separated, so receivers holding either secret accept it during a rotation.
 */
export function signatureHeader(secrets: string[], messageId: string, timestamp: Date, body: string): string {
  return secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, body)).join(" ")
}
