"use client"

import { useActionState } from "react"
import { applyPromoCode, removePromoCode } from "@/lib/data/checkout"
import type { Dictionary } from "@/lib/i18n"

type Props = { appliedCodes: string[]; labels: Dictionary["promo"] }

const field = "w-full min-w-0 rounded-lg border border-gray-300 bg-white px-3 py-2 focus:border-brand-500 focus:outline-none"

/** Promo code field and the codes already applied, each with its remove button (cart and checkout). */
export default function PromoCodeForm({ appliedCodes, labels }: Props) {
  const [applied, applyAction, applying] = useActionState(applyPromoCode, { code: "", error: null })
  const [removed, removeAction, removing] = useActionState(removePromoCode, { code: "", error: null })
  const error = applied.error ?? removed.error

  return (
    <div className="space-y-2">
      <form action={applyAction} className="space-y-1">
        <label htmlFor="promo-code" className="block text-sm font-medium">{labels.title}</label>
        <div className="flex gap-2">
          <input
            id="promo-code"
            name="code"
            placeholder={labels.label}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            defaultValue={applied.code}
            maxLength={64}
            className={field}
            data-testid="promo-code-input"
          />
          <button
            disabled={applying}
            data-testid="promo-code-apply"
            className="shrink-0 rounded-lg border border-brand-500 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
          >
            {applying ? labels.applying : labels.apply}
          </button>
        </div>
      </form>
      {error && (
        <p role="alert" data-testid="promo-code-error" className="text-sm font-medium text-deal-500">{error}</p>
      )}
      {appliedCodes.map((code) => (
        <form key={code} action={removeAction} className="flex items-center justify-between rounded-lg bg-brand-50 px-3 py-2 text-sm">
          <input type="hidden" name="code" value={code} />
          <span data-testid="promo-code-applied">
            {labels.applied} <strong>{code}</strong>
          </span>
          <button disabled={removing} aria-label={`${labels.remove} ${code}`} data-testid="promo-code-remove" className="text-gray-500 underline hover:text-red-600 disabled:opacity-60">
            ✕
          </button>
        </form>
      ))}
    </div>
  )
}
