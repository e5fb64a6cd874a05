import Image from "next/image"
import type { StoreCustomerLicense } from "@comptoir/http/digital"
import type { Dictionary, Locale } from "@/lib/i18n"
import { formatDate } from "@/lib/util/dates"
import CopyButton from "@/modules/common/components/copy-button"
import LicenseStatusBadge from "./license-status-badge"
import ReleaseDeviceButton from "./release-device-button"
import TransferLicenseForm from "./transfer-license-form"

type Props = { license: StoreCustomerLicense; countryCode: string; locale: Locale; t: Dictionary }

/** One license: its product, key (to copy), status, validity, the devices it is active on, and its transfer. */
export default function LicenseCard({ license, countryCode, locale, t }: Props) {
  const strings = t.accountArea.digital
  const { actions } = strings
  const title = license.product?.title ?? strings.deletedProduct
  const lapsed = license.expires_at !== null && new Date(license.expires_at).getTime() <= Date.now()
  const validity = license.expires_at
    ? (lapsed ? strings.expiredOn : strings.validUntil)(formatDate(license.expires_at, locale))
    : strings.perpetual

  return (
    <li data-testid="license-card" data-license-id={license.id} className="space-y-4 rounded-xl border border-gray-200 bg-white p-5">
      <div className="flex items-start gap-4">
        <div className="relative h-16 w-16 shrink-0 overflow-hidden rounded-lg bg-gray-100">
          {license.product?.thumbnail && <Image src={license.product.thumbnail} alt="" fill sizes="64px" className="object-cover" />}
        </div>
        <div className="min-w-0 flex-1">
          <h3 data-testid="license-product" className="font-semibold">{title}</h3>
          {license.variant_title && <p className="text-sm text-gray-600">{license.variant_title}</p>}
          <p data-testid="license-validity" className="mt-1 text-sm text-gray-600">{validity}</p>
        </div>
        <LicenseStatusBadge status={license.status} t={t} />
      </div>

      <div>
        <p className="mb-1 text-sm font-medium text-gray-700">{strings.key}</p>
        <div className="flex flex-wrap items-center gap-3">
          <code data-testid="license-key" className="select-all break-all rounded-lg bg-gray-100 px-3 py-1.5 font-mono text-sm">{license.key}</code>
          <CopyButton text={license.key} labels={{ copy: actions.copy, copied: actions.copied }} srLabel={strings.copyKey(title)} testId="license-key-copy" />
        </div>
      </div>

      <section aria-label={strings.devicesTitle} className="space-y-2">
        <p className="text-sm font-medium text-gray-700">
          {strings.devicesTitle} · <span data-testid="license-devices-count">{strings.devices(license.activations.length, license.max_activations)}</span>
        </p>
        {license.activations.length === 0 ? (
          <p className="text-sm text-gray-600">{strings.noDevices}</p>
        ) : (
          <ul className="divide-y divide-gray-100 rounded-lg border border-gray-100">
            {license.activations.map((activation) => {
              const name = activation.name || strings.unnamedDevice
              return (
                <li key={activation.id} data-testid="license-device" className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-3 py-2">
                  <div className="min-w-0 text-sm">
                    <p className="font-medium">
                      {name}
                      {activation.platform && <span className="font-normal text-gray-600"> · {activation.platform}</span>}
                    </p>
                    <p className="text-gray-600">{strings.lastSeen(formatDate(activation.last_validated_at ?? activation.created_at, locale))}</p>
                  </div>
                  <ReleaseDeviceButton licenseId={license.id} activationId={activation.id} deviceName={name} labels={actions} />
                </li>
              )
            })}
          </ul>
        )}
      </section>

      {license.transferable && <TransferLicenseForm licenseId={license.id} countryCode={countryCode} labels={actions} />}
    </li>
  )
}
