import type { Locale } from "@/lib/i18n"
import type { AddressField } from "@/lib/util/checkout-form"

type Props = { address: Partial<Record<AddressField, string | null>>; locale: Locale }

/** An address as it is written on an envelope, its country named in the visitor's language. */
export default function AddressLines({ address, locale }: Props) {
  const country = address.country_code
    ? (new Intl.DisplayNames([locale], { type: "region" }).of(address.country_code.toUpperCase()) ?? address.country_code)
    : null
  const lines = [
    [address.first_name, address.last_name].filter(Boolean).join(" "),
    address.company,
    address.address_1,
    address.address_2,
    [address.postal_code, address.city].filter(Boolean).join(" "),
    country,
    address.phone,
  ].filter(Boolean)
  return (
    <address className="text-sm not-italic leading-relaxed text-gray-700">
      {lines.map((line, index) => (
        <span key={index} className="block">{line}</span>
      ))}
    </address>
  )
}
