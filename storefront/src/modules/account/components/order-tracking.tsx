import type { StoreOrderParcel } from "@comptoir/http/order"
import type { Dictionary } from "@/lib/i18n"

type Props = { parcels: StoreOrderParcel[]; t: Dictionary }

// Tracking URLs are typed in by the merchant: only web links become links.
const isWebLink = (url: string) => /^https?:\/\//i.test(url)

/** The tracking numbers of the parcels sent so far, linked to the carrier's page when there is one. */
export default function OrderTracking({ parcels, t }: Props) {
  const labels = parcels.flatMap((parcel) => parcel.tracking.map((label) => ({ ...label, id: `${parcel.id}-${label.number}` })))
  if (!labels.length) return null
  const strings = t.accountArea.order

  return (
    <section data-testid="order-tracking" className="rounded-xl border border-gray-200 bg-white p-5">
      <h2 className="mb-3 text-xl font-bold">{strings.tracking}</h2>
      <ul className="space-y-2 text-sm">
        {labels.map((label) => (
          <li key={label.id}>
            {label.url && isWebLink(label.url) ? (
              <a href={label.url} target="_blank" rel="noopener noreferrer" className="font-semibold text-brand-700 underline hover:text-brand-800">
                {strings.track(label.number)}
              </a>
            ) : (
              <span>{strings.trackingNumber(label.number)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
