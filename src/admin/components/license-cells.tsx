import { StatusBadge, Text, Tooltip } from "@medusajs/ui"
import { useApiDateFormatter } from "../lib/date-format"
import { useLicenseTranslation } from "../lib/i18n"
import { LICENSE_STATUS_BADGES } from "../lib/license-format"
import type { AdminLicense, LicenseStatus } from "../lib/license-types"

/** Formats a date of the API in the admin's language, "—" for none. */
export function useFormatLicenseDate() {
  const { t, language } = useLicenseTranslation()
  return useApiDateFormatter(language, t("none"))
}

/** A license's effective status (an active license past its end reads "Expired"), the reason in a tooltip. */
export function LicenseStatusBadge({ status, reason }: { status: LicenseStatus; reason?: string | null }) {
  const { t } = useLicenseTranslation()
  const { label, color } = LICENSE_STATUS_BADGES[status]
  const badge = (
    <StatusBadge color={color} data-testid="license-status" data-status={status}>
      {t(label)}
    </StatusBadge>
  )
  return reason ? (
    <Tooltip content={reason} maxWidth={320}>
      {/* The tooltip's trigger needs an element that takes a ref. */}
      <span className="inline-flex">{badge}</span>
    </Tooltip>
  ) : (
    badge
  )
}

/** A license key in monospace, whole (keys are what merchants search and read out). */
export function LicenseKeyCell({ license }: { license: AdminLicense }) {
  return (
    <Text size="small" leading="compact" className="whitespace-nowrap font-mono" data-testid="license-row" data-license-id={license.id}>
      {license.key}
    </Text>
  )
}

/** A license's product and variant titles ("Deleted product" when gone). */
export function LicenseProductCell({ license }: { license: AdminLicense }) {
  const { t } = useLicenseTranslation()
  return (
    <div className="flex max-w-[240px] flex-col overflow-hidden">
      <Text size="small" leading="compact" className={license.product_title ? "truncate" : "text-ui-fg-muted truncate"}>
        {license.product_title ?? t("untitled")}
      </Text>
      {license.variant_title && (
        <Text size="small" leading="compact" className="text-ui-fg-subtle truncate">
          {license.variant_title}
        </Text>
      )}
    </div>
  )
}

/** Devices in use out of the limit in force, "2 / 3"; in red when over the limit. */
export function LicenseActivationsCell({ license }: { license: AdminLicense }) {
  const { t } = useLicenseTranslation()
  const over = license.active_activations > license.max_activations
  return (
    <span className={over ? "text-ui-fg-error whitespace-nowrap" : "whitespace-nowrap"} data-testid="license-activations">
      {t("activationsOf", { active: license.active_activations, limit: license.max_activations })}
    </span>
  )
}

/** When a license ends, "Perpetual" when never. */
export function LicenseExpiresCell({ iso }: { iso: string | null }) {
  const { t } = useLicenseTranslation()
  const formatDate = useFormatLicenseDate()
  return <span className="whitespace-nowrap">{iso ? formatDate(iso) : t("perpetual")}</span>
}
