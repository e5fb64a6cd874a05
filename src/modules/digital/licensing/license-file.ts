import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"

export const LICENSE_FILE_FORMAT = "comptoir-license-v1"

/** What a license file certifies, for the seller's software to check offline. */
export type LicenseFilePayload = {
  key: string
  status: string
  product_id: string
  variant_id: string
  max_activations: number
  /** The license's own end (null: perpetual). */
  license_expires_at: string | null
  /** The device it was checked out for, if any. */
  fingerprint: string | null
  issued_at: string
  /** The file's end: the software asks for a new one before then. */
  expires_at: string
}

export type LicenseFile = { format: typeof LICENSE_FILE_FORMAT; algorithm: "Ed25519"; payload: string; signature: string }

/** The Ed25519 signing key from its PEM (PKCS#8), or a readable error. */
export function readSigningKey(pem: string): KeyObject {
  const key = createPrivateKey(pem.includes("BEGIN") ? pem : Buffer.from(pem, "base64").toString("utf8"))
  if (key.asymmetricKeyType !== "ed25519") throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `the license signing key is ${key.asymmetricKeyType}, not ed25519`)
  return key
}

/** Signs a payload: base64url of its JSON, and the Ed25519 signature of those base64url bytes. */
export function signLicenseFile(payload: LicenseFilePayload, privateKey: KeyObject): LicenseFile {
  const encoded = Buffer.from(JSON.stringify(payload)).toString("base64url")
  return { format: LICENSE_FILE_FORMAT, algorithm: "Ed25519", payload: encoded, signature: sign(null, Buffer.from(encoded), privateKey).toString("base64url") }
}

/** The public half, as PEM (SPKI), for `GET /licenses/public-key`. */
export function publicKeyPem(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ type: "spki", format: "pem" }).toString()
}

/**
 * What the seller's software does offline: checks the signature, then the file's expiry.
 * Returns the payload, or throws saying why not.
 */
export function verifyLicenseFile(file: LicenseFile, publicKey: string | KeyObject, now = new Date()): LicenseFilePayload {
  const ok = verify(null, Buffer.from(file.payload), typeof publicKey === "string" ? createPublicKey(publicKey) : publicKey, Buffer.from(file.signature, "base64url"))
  if (!ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, "invalid signature")
  const payload = JSON.parse(Buffer.from(file.payload, "base64url").toString("utf8")) as LicenseFilePayload
  if (new Date(payload.expires_at) <= now) throw new MedusaError(MedusaError.Types.INVALID_DATA, `license file expired on ${payload.expires_at}`)
  return payload
}
