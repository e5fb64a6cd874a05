import type { LicenseStatus } from "@comptoir/http/license"
import type { Dictionary } from "@/lib/i18n"

const TONES: Record<LicenseStatus, string> = {
  active: "bg-brand-50 text-brand-700",
  suspended: "bg-amber-50 text-amber-800",
  revoked: "bg-red-50 text-red-700",
  expired: "bg-gray-100 text-gray-600",
}

/** A license's status as the customer reads it ("Active", "Suspendue", "Révoquée", "Expirée"). */
export default function LicenseStatusBadge({ status, t }: { status: LicenseStatus; t: Dictionary }) {
  return (
    <span data-testid="license-status" data-status={status} className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[status]}`}>
      {t.accountArea.digital.statuses[status]}
    </span>
  )
}
