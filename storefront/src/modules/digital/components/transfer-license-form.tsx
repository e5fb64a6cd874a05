"use client"

import { useActionState } from "react"
import { transferLicense } from "@/lib/data/digital"
import type { Dictionary } from "@/lib/i18n"
import { inputClass } from "@/modules/checkout/components/text-field"

type Props = { licenseId: string; countryCode: string; labels: Dictionary["accountArea"]["digital"]["actions"] }

/**
 * "Transférer": a disclosure with the recipient's address. The backend says why a transfer is
 * refused (a license that is not active, the address it already has): that message is shown.
 */
export default function TransferLicenseForm({ licenseId, countryCode, labels }: Props) {
  const [state, formAction, pending] = useActionState(transferLicense, null)
  const inputId = `transfer-${licenseId}`

  return (
    <details>
      <summary data-testid="transfer-license" className="cursor-pointer text-sm font-semibold text-brand-700 underline hover:text-brand-800">
        {labels.transfer}
      </summary>
      <form action={formAction} data-testid="transfer-license-form" className="mt-3 space-y-3 rounded-lg bg-gray-50 p-3">
        <input type="hidden" name="licenseId" value={licenseId} />
        <input type="hidden" name="countryCode" value={countryCode} />
        <p className="text-sm text-gray-700">{labels.transferIntro}</p>
        <div>
          <label htmlFor={inputId} className="mb-1 block text-sm font-medium">{labels.transferEmail}</label>
          <input
            id={inputId}
            name="email"
            type="email"
            required
            maxLength={254}
            autoComplete="off"
            aria-invalid={!!state?.error}
            className={inputClass}
            data-testid="transfer-license-email"
          />
        </div>
        {state?.error && (
          <p role="alert" data-testid="transfer-license-error" className="rounded-lg bg-red-50 p-2 text-sm text-red-700">{state.error}</p>
        )}
        <button disabled={pending} data-testid="transfer-license-submit" className="rounded-full bg-brand-500 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-600 disabled:opacity-60">
          {pending ? labels.transferring : labels.transferSubmit}
        </button>
      </form>
    </details>
  )
}
