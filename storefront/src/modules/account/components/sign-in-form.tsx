"use client"

import { useActionState } from "react"
import { signIn } from "@/lib/data/customer"

type Props = {
  countryCode: string
  /** Where to go once signed in (checked again on the server: only paths of this site). */
  next: string
  labels: { email: string; password: string; submit: string; submitting: string }
}

const field = "w-full rounded-lg border border-gray-300 bg-white px-3 py-2 focus:border-brand-500 focus:outline-none"

export default function SignInForm({ countryCode, next, labels }: Props) {
  const [state, formAction, pending] = useActionState(signIn, null)
  return (
    <form action={formAction} className="mt-6 space-y-4">
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="next" value={next} />
      <label className="block">
        <span className="mb-1 block text-sm font-medium">{labels.email}</span>
        <input
          type="email"
          name="email"
          required
          autoComplete="email"
          defaultValue={state?.email}
          className={field}
          data-testid="sign-in-email"
        />
      </label>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">{labels.password}</span>
        <input type="password" name="password" required autoComplete="current-password" className={field} data-testid="sign-in-password" />
      </label>
      {state?.error && (
        <p role="alert" data-testid="sign-in-error" className="text-sm font-medium text-deal-500">{state.error}</p>
      )}
      <button disabled={pending} data-testid="sign-in-submit" className="w-full rounded-full bg-brand-500 px-6 py-3 font-semibold text-white hover:bg-brand-600 disabled:opacity-60">
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  )
}
