import type { LicenseStatus } from "./license-types"

/** Licenses per page of the Licenses table. */
export const LICENSES_PAGE_SIZE = 20

export const LICENSE_STATUSES: readonly LicenseStatus[] = ["active", "suspended", "revoked", "expired"]

/** The query of `GET /admin/licenses` (src/api/admin/licenses/validators.ts). */
export type AdminLicenseListParams = {
  /** Part of the key or of the owner's e-mail. */
  q?: string
  /** Effective statuses: an active license past its end is `expired`. */
  status?: LicenseStatus | LicenseStatus[]
  limit: number
  offset: number
}

/** The state of the Licenses table that the server applies: search, filters and page. */
export type LicenseTableState = {
  search: string
  /** Filter id → value as the DataTable holds it (a string array for the `status` multiselect). */
  filters: Record<string, unknown>
  pageIndex: number
}

const isLicenseStatus = (value: unknown): value is LicenseStatus => LICENSE_STATUSES.some((status) => status === value)

/** The known statuses of a filter value, without repeats. */
export const licenseStatusesOf = (value: unknown): LicenseStatus[] =>
  [...new Set((Array.isArray(value) ? value : value == null ? [] : [value]).filter(isLicenseStatus))]

/** The query of `GET /admin/licenses` for a state of the Licenses table; unset parts are left out. */
export function toLicenseListParams(state: LicenseTableState): AdminLicenseListParams {
  const params: AdminLicenseListParams = { limit: LICENSES_PAGE_SIZE, offset: state.pageIndex * LICENSES_PAGE_SIZE }
  const q = state.search.trim()
  if (q) {
    params.q = q
  }
  const statuses = licenseStatusesOf(state.filters.status)
  if (statuses.length > 0) {
    params.status = statuses.length === 1 ? statuses[0] : statuses
  }
  return params
}
