export const LICENSE_CODES = ["VALID", "NOT_FOUND", "EXPIRED", "SUSPENDED", "REVOKED", "TOO_MANY_ACTIVATIONS", "NOT_ACTIVATED_ON_FINGERPRINT"] as const
export type LicenseCode = (typeof LICENSE_CODES)[number]

type Facts = {
  status: string
  expires_at: Date | null
  active_activations: number
  max_activations: number
  /** Whether the fingerprint asked about is an active activation; undefined when none was asked about. */
  fingerprint_active?: boolean
}

const details: Record<LicenseCode, string> = {
  VALID: "The license is valid",
  NOT_FOUND: "No license has this key",
  EXPIRED: "The license has expired",
  SUSPENDED: "The license is suspended",
  REVOKED: "The license was revoked",
  TOO_MANY_ACTIVATIONS: "The license is activated on more devices than it allows",
  NOT_ACTIVATED_ON_FINGERPRINT: "The license is not activated on this device",
}

/** What a validation answers, in the order a seller's software should care: status, expiry, devices. */
export function licenseVerdict(facts: Facts | null, now: Date): { valid: boolean; code: LicenseCode; detail: string } {
  const code: LicenseCode = !facts
    ? "NOT_FOUND"
    : facts.status === "revoked"
      ? "REVOKED"
      : facts.status === "suspended"
        ? "SUSPENDED"
        : facts.status === "expired" || (facts.expires_at && facts.expires_at <= now)
          ? "EXPIRED"
          : facts.active_activations > facts.max_activations
            ? "TOO_MANY_ACTIVATIONS"
            : facts.fingerprint_active === false
              ? "NOT_ACTIVATED_ON_FINGERPRINT"
              : "VALID"
  return { valid: code === "VALID", code, detail: details[code] }
}
