import type { ActivationRow } from "../../modules/digital/types"
import type { PublicLicenseActivation } from "../../types/http/license"
export { toPublicLicense } from "../../modules/digital/licensing/public-license"

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null)

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
