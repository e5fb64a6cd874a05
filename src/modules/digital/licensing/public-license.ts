import type { LicenseStatus, PublicLicense } from "../../../types/http/license"
import type { LicenseFacts } from "../types"

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

