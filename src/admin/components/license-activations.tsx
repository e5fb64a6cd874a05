import { Badge, Heading, Text } from "@medusajs/ui"
import { useLicenseTranslation } from "../lib/i18n"
import type { AdminLicenseActivation, AdminLicenseDetail } from "../lib/license-types"
import { useFormatLicenseDate } from "./license-cells"

/** A license's devices, newest first: released ones stay listed, with when they were released. */
export function LicenseActivations({ license }: { license: AdminLicenseDetail }) {
  const { t } = useLicenseTranslation()
  return (
    <section className="flex flex-col gap-y-3 border-t pt-6" data-testid="license-activations-list">
      <div className="flex flex-col gap-y-1">
        <Heading level="h3">{t("activationsTitle")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("activationsHint")}
        </Text>
      </div>
      {license.activations.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted" data-testid="license-activations-empty">
          {t("activationsEmpty")}
        </Text>
      ) : (
        <ul className="flex flex-col gap-y-2">
          {license.activations.map((activation) => (
            <ActivationItem key={activation.id} activation={activation} />
          ))}
        </ul>
      )}
      {license.activations_count > license.activations.length && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("activationsMore", { shown: license.activations.length, count: license.activations_count })}
        </Text>
      )}
    </section>
  )
}

function ActivationItem({ activation }: { activation: AdminLicenseActivation }) {
  const { t } = useLicenseTranslation()
  const formatDate = useFormatLicenseDate()
  const released = activation.deactivated_at !== null
  const facts: [string, string, boolean?][] = [
    [t("activationPlatform"), activation.platform ?? t("none")],
    [t("activationFingerprint"), activation.fingerprint, true],
    [t("activationIp"), activation.ip ?? t("none"), true],
    [t("activationCreated"), formatDate(activation.created_at, true)],
    [t("activationLastSeen"), formatDate(activation.last_validated_at, true)],
  ]
  if (released) {
    facts.push([t("activationReleased"), formatDate(activation.deactivated_at, true)])
  }
  return (
    <li
      className={`flex flex-col gap-y-2 rounded-md border px-3 py-2 ${released ? "bg-ui-bg-subtle" : ""}`}
      data-testid="license-activation"
      data-released={released}
    >
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" weight="plus" className={released ? "text-ui-fg-subtle truncate" : "truncate"}>
          {activation.name ?? t("unnamedDevice")}
        </Text>
        {released ? (
          <Badge size="2xsmall" color="grey">
            {t("activationReleased")}
          </Badge>
        ) : (
          <Badge size="2xsmall" color="green">
            {t("activationActive")}
          </Badge>
        )}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {facts.map(([label, value, mono]) => (
          <div key={label} className="contents">
            <Text as="span" size="xsmall" className="text-ui-fg-subtle">
              {label}
            </Text>
            <Text as="span" size="xsmall" className={`break-all ${mono ? "font-mono" : ""}`}>
              {value}
            </Text>
          </div>
        ))}
      </dl>
    </li>
  )
}
