import type { StoreCustomerLicense } from "@comptoir/http/digital"
import type { Dictionary } from "@/lib/i18n"
import Link from "next/link"
import CopyButton from "@/modules/common/components/copy-button"

type Props = { licenses: StoreCustomerLicense[]; countryCode: string; t: Dictionary }

/** The license keys bought in one order, to copy; nothing when the order has none. */
export default function OrderLicenseKeys({ licenses, countryCode, t }: Props) {
  if (!licenses.length) return null
  const strings = t.accountArea.digital
  return (
    <section data-testid="order-license-keys" className="space-y-3 rounded-xl border border-gray-200 bg-white p-5">
      <h2 className="text-lg font-semibold">{strings.orderKeysTitle}</h2>
      <p className="text-sm text-gray-600">
        {strings.orderKeysIntro} <Link href={`/${countryCode}/account/digital-products`} className="underline">{strings.title}</Link>.
      </p>
      <ul className="space-y-2">
        {licenses.map((license) => (
          <li key={license.id} className="flex flex-wrap items-center gap-3">
            <span className="text-sm">{license.product?.title ?? strings.deletedProduct}</span>
            <code data-testid="license-key" className="select-all break-all rounded-lg bg-gray-100 px-3 py-1.5 font-mono text-sm">{license.key}</code>
            <CopyButton text={license.key} labels={{ copy: strings.actions.copy, copied: strings.actions.copied }} srLabel={strings.copyKey(license.product?.title ?? license.key)} testId="license-key-copy" />
          </li>
        ))}
      </ul>
    </section>
  )
}
