import crypto from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { derivedSigningKey } from "../signing/derived-key"

/** Days a restore link works. */
export const RESTORE_LINK_DAYS = 7

/** The key that signs reminder links: derived from the JWT secret, so nothing new to configure. */
export function reminderLinkKey(container: MedusaContainer): string {
  return derivedSigningKey(container, "comptoir-cart-reminder")
}

const sign = (key: string, message: string) => crypto.createHmac("sha256", key).update(message).digest("hex")

const sameSignature = (expected: string, given: string) =>
  given.length === expected.length && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(given))

/** Signature of a restore link for `cartId`, valid until `expires` (unix seconds). */
export const restoreSignature = (key: string, cartId: string, expires: number) => sign(key, `restore:${cartId}:${expires}`)

/** Why a restore link is refused, or null when it is good at `now`. */
export function restoreLinkProblem(key: string, link: { cart_id: string; expires: number; signature: string }, now: Date): string | null {
  if (!sameSignature(restoreSignature(key, link.cart_id, link.expires), link.signature)) return "This cart link is not valid"
  if (link.expires * 1000 <= now.getTime()) return "This cart link has expired"
  return null
}

/** Signature of an opt-out link for an address (case does not matter; it does not expire). */
export const optOutSignature = (key: string, email: string) => sign(key, `opt-out:${email.trim().toLowerCase()}`)

export const optOutLinkIsValid = (key: string, email: string, signature: string) =>
  sameSignature(optOutSignature(key, email), signature)
