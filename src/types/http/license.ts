// HTTP contract of the public license API (`/licenses/*`), for the seller's software.

export type LicenseCode = "VALID" | "NOT_FOUND" | "EXPIRED" | "SUSPENDED" | "REVOKED" | "TOO_MANY_ACTIVATIONS" | "NOT_ACTIVATED_ON_FINGERPRINT"
export type LicenseStatus = "active" | "suspended" | "revoked" | "expired"

/** A license as its key holder sees it: never its owner's identity. */
export type PublicLicense = {
  key: string
  status: LicenseStatus
  product_id: string
  variant_id: string
  /** null: perpetual. */
  expires_at: string | null
  max_activations: number
  active_activations: number
}

/** `POST /licenses/validate`: always 200 for a well-formed request; `code` says why not valid. */
export type LicenseValidateResponse = { valid: boolean; code: LicenseCode; detail: string; license: PublicLicense | null }

export type PublicLicenseActivation = {
  id: string
  fingerprint: string
  name: string | null
  platform: string | null
  created_at: string
  last_validated_at: string | null
}

/** `POST /licenses/activate` (201 when the device is new, 200 when it was already active). */
export type LicenseActivateResponse = { activation: PublicLicenseActivation; license: PublicLicense }
/** `POST /licenses/deactivate`. */
export type LicenseDeactivateResponse = { deactivated: true; license: PublicLicense }

/** An offline license file: `payload` is base64url JSON, `signature` its Ed25519 signature (base64url) over the payload's characters. */
export type LicenseFileBody = { format: "comptoir-license-v1"; algorithm: "Ed25519"; payload: string; signature: string }
/** `POST /licenses/checkout`. */
export type LicenseCheckoutResponse = { license_file: LicenseFileBody; expires_at: string }
/** `GET /licenses/public-key`: the key that verifies license files. */
export type LicensePublicKeyResponse = { algorithm: "Ed25519"; public_key: string }
