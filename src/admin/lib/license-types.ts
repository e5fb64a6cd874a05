// The admin reads the one HTTP contract of the license routes instead of restating it. Type-only
// exports, so nothing outside src/admin ends up in the admin bundle.
export type {
  AdminLicense,
  AdminLicenseActivation,
  AdminLicenseDetail,
  AdminLicenseListResponse,
  AdminLicensePolicy,
  AdminLicensePolicyDeleteResponse,
  AdminLicensePolicyListResponse,
  AdminLicensePolicyResponse,
  AdminLicenseResponse,
  LicenseStatus,
} from "../../types/http/license"

/**
 * The body of `POST /admin/license-policies` (with `variant_id`) and, every field optional, of
 * `POST /admin/license-policies/:id`. The contract (src/types/http/license.ts) only describes responses.
 */
export type AdminLicensePolicyBody = {
  max_activations: number
  /** null: perpetual. */
  duration_days: number | null
  transferable: boolean
  key_prefix: string
  suspend_on_refund: boolean
}
