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

// Admin routes (`/admin/licenses`, `/admin/license-policies`), shared by the routes and the admin.

/** How a variant's buyers are licensed: one key per unit bought. */
export type AdminLicensePolicy = {
  id: string
  variant_id: string
  product_id: string
  max_activations: number
  /** null: perpetual. */
  duration_days: number | null
  transferable: boolean
  key_prefix: string
  /** A refund suspends the order's licenses (a cancellation always does). */
  suspend_on_refund: boolean
  created_at: string
  updated_at: string
}

export type AdminLicensePolicyResponse = { license_policy: AdminLicensePolicy }
export type AdminLicensePolicyListResponse = { license_policies: AdminLicensePolicy[]; count: number; offset: number; limit: number }
/** Licenses already issued under a deleted policy keep working with its limits. */
export type AdminLicensePolicyDeleteResponse = { id: string; object: "license_policy"; deleted: true }

/** A device a license was activated on, with where it came from; `deactivated_at` set once released. */
export type AdminLicenseActivation = {
  id: string
  fingerprint: string
  name: string | null
  platform: string | null
  ip: string | null
  created_at: string
  last_validated_at: string | null
  deactivated_at: string | null
}

/** A license as the merchant sees it in a list. */
export type AdminLicense = {
  id: string
  key: string
  /** The stored status. */
  status: LicenseStatus
  /** What a validation says of it now: `expired` also when an active license's `expires_at` has passed. */
  effective_status: LicenseStatus
  status_reason: string | null
  /** null: perpetual. */
  expires_at: string | null
  policy_id: string
  product_id: string
  variant_id: string
  /** Titles of the product and variant, null when they were deleted. */
  product_title: string | null
  variant_title: string | null
  order_id: string
  customer_id: string | null
  email: string
  /** This license's own limit, replacing the policy's; null: the policy's. */
  max_activations_override: number | null
  /** The limit in force (the override, else the policy's). */
  max_activations: number
  active_activations: number
  created_at: string
  updated_at: string
}

/** One license with its policy's limit, its devices (newest first, released ones too) and its order. */
export type AdminLicenseDetail = AdminLicense & {
  policy_max_activations: number | null
  /** The order's number as the admin shows it (#1042), null when the order is gone. */
  order_display_id: number | null
  activations: AdminLicenseActivation[]
  /** Every activation ever made, when more than `activations` lists. */
  activations_count: number
}

export type AdminLicenseResponse = { license: AdminLicenseDetail }
export type AdminLicenseListResponse = { licenses: AdminLicense[]; count: number; offset: number; limit: number }
