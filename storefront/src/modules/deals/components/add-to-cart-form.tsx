"use client"

import Link from "next/link"
import { useActionState, useEffect, useState } from "react"
import { addToCart } from "@/lib/data/cart"
import { notifyCartChanged } from "@/lib/util/cart-events"

type Props = {
  countryCode: string
  variants: { id: string; label: string }[]
  defaultVariantId: string
  minQuantity: number
  maxQuantity: number
  labels: {
    option: string
    quantity: string
    decrease: string
    increase: string
    addToCart: string
    adding: string
    added: string
    viewCart: string
  }
}

const stepButton =
  "h-10 w-10 text-lg font-semibold text-gray-700 hover:bg-gray-100 disabled:opacity-40"

/** Option, quantity and add-to-cart; the server action reports success or the backend's refusal. */
export default function AddToCartForm(props: Props) {
  const { countryCode, variants, defaultVariantId, minQuantity, maxQuantity, labels } = props
  const [state, formAction, pending] = useActionState(addToCart, null)
  useEffect(() => {
    if (state?.status === "success") notifyCartChanged()
  }, [state])
  // A string, so that the field can be emptied while typing; the input's min/max validate it.
  const [quantity, setQuantity] = useState(String(minQuantity))
  const clamp = (value: number) =>
    String(Math.min(maxQuantity, Math.max(minQuantity, Number.isFinite(value) ? value : minQuantity)))
  const current = Number(quantity)

  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="countryCode" value={countryCode} />
      {variants.length > 1 ? (
        <label className="block">
          <span className="mb-1 block text-sm font-medium">{labels.option}</span>
          <select
            name="variantId"
            defaultValue={defaultVariantId}
            className="w-full rounded-lg border border-gray-300 bg-white px-3 py-2"
          >
            {variants.map((variant) => (
              <option key={variant.id} value={variant.id}>{variant.label}</option>
            ))}
          </select>
        </label>
      ) : (
        <input type="hidden" name="variantId" value={defaultVariantId} />
      )}

      <div>
        <label htmlFor="quantity" className="mb-1 block text-sm font-medium">{labels.quantity}</label>
        <div className="inline-flex items-center overflow-hidden rounded-lg border border-gray-300 bg-white">
          <button
            type="button"
            aria-label={labels.decrease}
            disabled={current <= minQuantity}
            onClick={() => setQuantity(clamp(current - 1))}
            className={stepButton}
          >
            −
          </button>
          <input
            id="quantity"
            data-testid="quantity-input"
            type="number"
            name="quantity"
            inputMode="numeric"
            min={minQuantity}
            max={maxQuantity}
            step={1}
            required
            value={quantity}
            onChange={(event) => setQuantity(event.target.value)}
            onBlur={() => setQuantity(clamp(current))}
            className="h-10 w-14 border-x border-gray-300 text-center [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none"
          />
          <button
            type="button"
            aria-label={labels.increase}
            disabled={current >= maxQuantity}
            onClick={() => setQuantity(clamp(current + 1))}
            className={stepButton}
          >
            +
          </button>
        </div>
      </div>

      <button
        data-testid="add-to-cart"
        disabled={pending}
        className="w-full rounded-full bg-brand-500 px-6 py-3 text-lg font-bold text-white shadow hover:bg-brand-600 disabled:opacity-60"
      >
        {pending ? labels.adding : labels.addToCart}
      </button>

      {state?.status === "success" && (
        <p data-testid="add-to-cart-success" role="status" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-700">
          ✓ {labels.added} ·{" "}
          <Link href={`/${countryCode}/cart`} className="font-semibold underline">
            {labels.viewCart}
          </Link>
        </p>
      )}
      {state?.status === "error" && (
        <p data-testid="add-to-cart-error" role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  )
}
