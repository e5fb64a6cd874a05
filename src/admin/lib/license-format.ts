import type { LicenseMessageKey } from "./i18n"
import type { AdminLicensePolicy, AdminLicensePolicyBody, LicenseStatus } from "./license-types"

type BadgeColor = "grey" | "green" | "red" | "orange"

/** How each status reads and shows, for the badge and the status filter. */
export const LICENSE_STATUS_BADGES: Record<LicenseStatus, { label: LicenseMessageKey; color: BadgeColor }> = {
  active: { label: "statusActive", color: "green" },
  suspended: { label: "statusSuspended", color: "orange" },
  revoked: { label: "statusRevoked", color: "red" },
  expired: { label: "statusExpired", color: "grey" },
}

/** The device limits the API accepts, for a policy and for one license. */
export const MAX_ACTIVATIONS_RANGE = { min: 1, max: 1000 } as const
/** The durations (in days) the API accepts for a policy. */
export const DURATION_DAYS_RANGE = { min: 1, max: 3650 } as const
const KEY_PREFIX = /^[A-Z0-9]{1,12}$/

/** A typed whole number within bounds, or null when it is not one. */
export function parseWholeNumber(value: string, range: { min: number; max: number }): number | null {
  const text = value.trim()
  const number = Number(text)
  return text !== "" && Number.isInteger(number) && number >= range.min && number <= range.max ? number : null
}

/** A typed device limit for one license: a number, null for "the policy's", or "invalid". */
export function parseLimitOverride(value: string): number | null | "invalid" {
  if (value.trim() === "") {
    return null
  }
  return parseWholeNumber(value, MAX_ACTIVATIONS_RANGE) ?? "invalid"
}

/** A license-policy form as its inputs hold it. */
export type LicensePolicyFormValues = {
  max_activations: string
  duration_days: string
  perpetual: boolean
  transferable: boolean
  key_prefix: string
  suspend_on_refund: boolean
}

export type LicensePolicyFormErrors = Partial<Record<"max_activations" | "duration_days" | "key_prefix", LicenseMessageKey>>

/** The form for an existing policy, or the API's defaults for a new one. */
export function toLicensePolicyFormValues(policy?: AdminLicensePolicy | null): LicensePolicyFormValues {
  return {
    max_activations: String(policy?.max_activations ?? 3),
    duration_days: policy?.duration_days == null ? "365" : String(policy.duration_days),
    perpetual: policy ? policy.duration_days === null : true,
    transferable: policy?.transferable ?? false,
    key_prefix: policy?.key_prefix ?? "CPT",
    suspend_on_refund: policy?.suspend_on_refund ?? true,
  }
}

/** What to fix in a filled form (message keys); empty when it can be saved. */
export function validateLicensePolicyForm(values: LicensePolicyFormValues): LicensePolicyFormErrors {
  const errors: LicensePolicyFormErrors = {}
  if (parseWholeNumber(values.max_activations, MAX_ACTIVATIONS_RANGE) === null) {
    errors.max_activations = "errorMaxActivations"
  }
  if (!values.perpetual && parseWholeNumber(values.duration_days, DURATION_DAYS_RANGE) === null) {
    errors.duration_days = "errorDuration"
  }
  if (!KEY_PREFIX.test(values.key_prefix.trim().toUpperCase())) {
    errors.key_prefix = "errorKeyPrefix"
  }
  return errors
}

/** The body the API takes for a form `validateLicensePolicyForm` accepted; the prefix is upper-cased as typed. */
export function toLicensePolicyBody(values: LicensePolicyFormValues): AdminLicensePolicyBody {
  return {
    max_activations: parseWholeNumber(values.max_activations, MAX_ACTIVATIONS_RANGE) ?? MAX_ACTIVATIONS_RANGE.min,
    duration_days: values.perpetual ? null : parseWholeNumber(values.duration_days, DURATION_DAYS_RANGE),
    transferable: values.transferable,
    key_prefix: values.key_prefix.trim().toUpperCase(),
    suspend_on_refund: values.suspend_on_refund,
  }
}

/** The fields of `next` that differ from `previous`, for an update that sends only what changed. */
export function changedPolicyFields(previous: AdminLicensePolicyBody, next: AdminLicensePolicyBody): Partial<AdminLicensePolicyBody> {
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => previous[key as keyof AdminLicensePolicyBody] !== value)
  ) as Partial<AdminLicensePolicyBody>
}

/** A date input's value (YYYY-MM-DD, the admin's time zone) for an ISO instant; "" for none. */
export function isoToDayInput(iso: string | null): string {
  if (!iso) {
    return ""
  }
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) {
    return ""
  }
  const pad = (value: number) => String(value).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
