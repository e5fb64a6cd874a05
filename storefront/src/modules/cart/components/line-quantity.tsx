"use client"

import { useActionState } from "react"
import { updateLineItem } from "@/lib/data/cart"

type Props = {
  lineId: string
  quantity: number
  labels: { decrease: string; increase: string; remove: string }
}

const stepButton = "h-8 w-8 font-semibold text-gray-700 hover:bg-gray-100 disabled:opacity-40"

/** −/+ and remove buttons of a cart line; each button submits the quantity it stands for. */
export default function LineQuantity({ lineId, quantity, labels }: Props) {
  const [state, formAction, pending] = useActionState(updateLineItem, { error: null })
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="lineId" value={lineId} />
      <div className="flex items-center gap-3">
        <div className="inline-flex items-center overflow-hidden rounded-lg border border-gray-300 bg-white">
          <button name="quantity" value={quantity - 1} aria-label={labels.decrease} disabled={pending || quantity <= 1} className={stepButton}>
            −
          </button>
          <span data-testid="cart-item-quantity" className="w-10 text-center tabular-nums">
            {quantity}
          </span>
          <button name="quantity" value={quantity + 1} aria-label={labels.increase} disabled={pending} className={stepButton}>
            +
          </button>
        </div>
        <button name="quantity" value={0} disabled={pending} className="text-sm text-gray-500 underline hover:text-red-600">
          {labels.remove}
        </button>
      </div>
      {state.error && (
        <p role="alert" className="text-sm text-red-600">{state.error}</p>
      )}
    </form>
  )
}
