import type { LicenseFacts, ActivationRow } from "../../modules/digital/types"
import type { LicenseStatus, PublicLicense, PublicLicenseActivation } from "../../types/http/license"

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null)

/** A license for its key holder: status, limits and dates, never who owns it. */
export function toPublicLicense(license: LicenseFacts): PublicLicense {
  return {
    key: license.key,
    status: license.status as LicenseStatus,
    product_id: license.product_id,
    variant_id: license.variant_id,
    expires_at: iso(license.expires_at),
    max_activations: Number(license.max_activations),
    active_activations: Number(license.active_activations),
  }
}

/** An activation for its key holder (the IP it came from stays with the merchant). */
export function toPublicActivation(activation: ActivationRow): PublicLicenseActivation {
  return {
    id: activation.id,
    fingerprint: activation.fingerprint,
    name: activation.name,
    platform: activation.platform,
    created_at: iso(activation.created_at)!,
    last_validated_at: iso(activation.last_validated_at),
  }
}
