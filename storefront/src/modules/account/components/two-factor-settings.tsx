"use client"

import { useActionState } from "react"
import { type TwoFactorState, updateTwoFactor } from "@/lib/data/two-factor"
import type { Dictionary } from "@/lib/i18n"

type Props = { initial: TwoFactorState; email: string; labels: Dictionary["accountArea"]["security"] }

const input = "w-40 rounded-lg border border-gray-300 bg-white px-3 py-2 tracking-widest focus:border-brand-500 focus:outline-none"
const button = "rounded-full bg-brand-500 px-5 py-2 font-semibold text-white hover:bg-brand-600 disabled:opacity-60"

/** Turning two-factor login on (scan, confirm, keep the recovery codes) and off. */
export default function TwoFactorSettings({ initial, email, labels }: Props) {
  const [state, action, pending] = useActionState(updateTwoFactor, initial)
  const error = "error" in state && state.error && (
    <p role="alert" data-testid="two-factor-error" className="text-sm font-medium text-deal-500">{state.error}</p>
  )
  const codeField = (
    <label className="block">
      <span className="mb-1 block text-sm font-medium">{labels.code}</span>
      <input name="code" required autoComplete="one-time-code" inputMode="numeric" className={input} data-testid="two-factor-code" />
    </label>
  )

  if (state.step === "codes") {
    return (
      <div className="space-y-3" data-testid="two-factor-recovery">
        <p role="status" className="font-semibold text-brand-700">{labels.enabled}</p>
        <p>{labels.recoveryIntro}</p>
        <ul className="grid grid-cols-2 gap-2 font-mono text-sm">
          {state.codes.map((code) => <li key={code} className="rounded bg-gray-100 px-2 py-1" data-testid="recovery-code">{code}</li>)}
        </ul>
      </div>
    )
  }
  if (state.step === "confirm") {
    return (
      <form action={action} className="space-y-4">
        <input type="hidden" name="intent" value="confirm" />
        <p>{labels.scan}</p>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server */}
        <img src={state.qr} alt={labels.qrAlt} width={220} height={220} className="rounded border border-gray-200" />
        <p className="text-sm">{labels.manual} <code className="break-all rounded bg-gray-100 px-1" data-testid="two-factor-secret">{state.secret}</code></p>
        {codeField}
        {error}
        <button disabled={pending} className={button} data-testid="two-factor-confirm">{labels.confirm}</button>
      </form>
    )
  }
  if (state.step === "on") {
    return (
      <form action={action} className="space-y-4">
        <input type="hidden" name="intent" value="disable" />
        <p role="status" className="font-semibold text-brand-700" data-testid="two-factor-on">{labels.on}</p>
        <p className="text-sm text-gray-700">{labels.disableIntro}</p>
        {codeField}
        {error}
        <button disabled={pending} className="rounded-full border border-gray-300 px-5 py-2 font-semibold hover:bg-gray-50" data-testid="two-factor-disable">
          {labels.disable}
        </button>
      </form>
    )
  }
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="intent" value="start" />
      <input type="hidden" name="label" value={email} />
      <p data-testid="two-factor-off">{labels.off}</p>
      {error}
      <button disabled={pending} className={button} data-testid="two-factor-start">{labels.enable}</button>
    </form>
  )
}
