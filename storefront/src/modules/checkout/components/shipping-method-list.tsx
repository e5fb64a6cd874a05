"use client"

import { useState, useTransition } from "react"
import { chooseShippingMethod } from "@/lib/data/checkout"

/** A shipping option as offered, its price already formatted. */
export type ShippingChoice = { id: string; name: string; price: string; disabled: boolean }

type Props = {
  options: ShippingChoice[]
  defaultValue: string
  error?: string
  labels: { legend: string; none: string }
}

const choice =
  "flex cursor-pointer items-center justify-between gap-3 rounded-lg border border-gray-300 bg-white p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-50"

/**
 * Shipping options as radio buttons of the checkout form (sent with the order). With JavaScript,
 * a choice is also put on the cart at once, so that the summary's shipping and total follow it.
 */
export default function ShippingMethodList({ options, defaultValue, error, labels }: Props) {
  const [saving, startTransition] = useTransition()
  const [saveError, setSaveError] = useState<string | null>(null)
  const choose = (optionId: string) =>
    startTransition(async () => setSaveError((await chooseShippingMethod(optionId)).error))

  if (!options.length) return <p role="alert" className="text-sm text-deal-500">{labels.none}</p>
  const message = saveError ?? error
  return (
    <fieldset aria-busy={saving} className="space-y-2">
      <legend className="mb-2 text-sm font-medium">{labels.legend}</legend>
      {options.map((option) => (
        <label key={option.id} className={choice}>
          <span className="flex items-center gap-3">
            <input
              type="radio"
              name="shippingOptionId"
              value={option.id}
              defaultChecked={option.id === defaultValue}
              required
              disabled={option.disabled}
              onChange={() => choose(option.id)}
              className="h-4 w-4 accent-brand-500"
              data-testid="shipping-option"
            />
            {option.name}
          </span>
          <span className="font-medium">{option.price}</span>
        </label>
      ))}
      {message && <p role="alert" data-testid="shipping-option-error" className="text-sm text-deal-500">{message}</p>}
    </fieldset>
  )
}
