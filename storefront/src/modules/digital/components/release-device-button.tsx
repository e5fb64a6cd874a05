"use client"

import { useActionState, useState } from "react"
import { releaseLicenseDevice } from "@/lib/data/digital"
import type { Dictionary } from "@/lib/i18n"

type Props = {
  licenseId: string
  activationId: string
  /** The device, for screen readers and the confirmation. */
  deviceName: string
  labels: Dictionary["accountArea"]["digital"]["actions"]
}

/** "Libérer ce poste", then a confirmation: the device no longer counts against the license's limit. */
export default function ReleaseDeviceButton({ licenseId, activationId, deviceName, labels }: Props) {
  const [confirming, setConfirming] = useState(false)
  const [state, formAction, pending] = useActionState(releaseLicenseDevice, null)

  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        data-testid="release-device"
        className="text-sm font-semibold text-gray-600 underline hover:text-deal-500"
      >
        {labels.release}
        <span className="sr-only"> — {deviceName}</span>
      </button>
    )
  }
  return (
    <form action={formAction} className="w-full space-y-2 rounded-lg bg-gray-50 p-3 text-sm" data-testid="release-device-confirmation">
      <input type="hidden" name="licenseId" value={licenseId} />
      <input type="hidden" name="activationId" value={activationId} />
      <p>{labels.releaseConfirm}</p>
      {state?.error && (
        <p role="alert" data-testid="release-device-error" className="rounded-lg bg-red-50 p-2 text-red-700">{state.error}</p>
      )}
      <div className="flex flex-wrap gap-4">
        <button disabled={pending} data-testid="release-device-confirm" className="rounded-full bg-deal-500 px-4 py-1.5 font-semibold text-white hover:opacity-90 disabled:opacity-60">
          {pending ? labels.releasing : labels.releaseYes}
        </button>
        <button type="button" disabled={pending} onClick={() => setConfirming(false)} className="font-semibold text-gray-600 underline hover:text-gray-800">
          {labels.cancel}
        </button>
      </div>
    </form>
  )
}
