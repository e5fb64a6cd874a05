import { randomBytes } from "node:crypto"

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
/** 17 random bytes: 136 bits from the CSPRNG, 28 Crockford base32 characters. */
const KEY_BYTES = 17

/** Bytes as Crockford base32 (no padding, most significant bits first). */
export function crockfordBase32(bytes: Uint8Array): string {
  let bits = 0
  let value = 0
  let out = ""
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += CROCKFORD[(value << (5 - bits)) & 31]
  return out
}

/** A new key: the policy's prefix and 7 groups of 4, e.g. `CPT-7Q2M-0K4S-…`. */
export function generateLicenseKey(prefix: string): string {
  const body = crockfordBase32(randomBytes(KEY_BYTES))
  return [prefix, ...body.match(/.{4}/g)!].join("-")
}

/**
 * A key as typed by a person: upper case, spaces removed, and Crockford's look-alikes read as
 * digits (O → 0, I and L → 1) in the key's body, so `cpt-7q2m-ok4s…` finds `CPT-7Q2M-0K4S…`.
 */
export function normalizeLicenseKey(input: string): string {
  const upper = input.trim().toUpperCase().replace(/\s+/g, "")
  const dash = upper.indexOf("-")
  if (dash === -1) return upper
  return upper.slice(0, dash + 1) + upper.slice(dash + 1).replace(/O/g, "0").replace(/[IL]/g, "1")
}

/** What a key looks like: a prefix of 1–12 letters or digits, then groups of Crockford characters. */
export const LICENSE_KEY_SHAPE = /^[A-Za-z0-9]{1,12}(-[0-9A-Za-z]{4}){7}$/
