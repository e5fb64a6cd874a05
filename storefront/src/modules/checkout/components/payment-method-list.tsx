import type { Dictionary } from "@/lib/i18n"
import type { SupportedPaymentProvider } from "@/lib/util/payment-providers"

type Props = {
  providers: SupportedPaymentProvider[]
  defaultValue: string
  error?: string
  labels: Dictionary["checkout"]
}

const choice =
  "flex cursor-pointer items-start gap-3 rounded-lg border border-gray-300 bg-white p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"

/** The region's payment providers that this storefront supports, as radio buttons. */
export default function PaymentMethodList({ providers, defaultValue, error, labels }: Props) {
  if (!providers.length) return <p role="alert" className="text-sm text-deal-500">{labels.noPaymentProviders}</p>
  return (
    <fieldset className="space-y-2">
      <legend className="sr-only">{labels.payment}</legend>
      {providers.map((id) => (
        <label key={id} className={choice}>
          <input
            type="radio"
            name="providerId"
            value={id}
            required
            defaultChecked={id === defaultValue}
            className="mt-1 h-4 w-4 accent-brand-500"
            data-testid="payment-provider"
          />
          <span>
            <span className="block font-medium">{labels.paymentProviders[id].label}</span>
            <span className="block text-sm text-gray-600">{labels.paymentProviders[id].hint}</span>
          </span>
        </label>
      ))}
      {error && <p role="alert" data-testid="payment-provider-error" className="text-sm text-deal-500">{error}</p>}
    </fieldset>
  )
}
