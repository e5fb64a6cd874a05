"use client"

import Link from "next/link"
import { useActionState } from "react"
import type { AuthFormState } from "@/lib/data/auth"

export type AuthField = {
  name: string
  label: string
  type: "email" | "password" | "text"
  autoComplete: string
  /** Shown under the field (the password rule). */
  hint?: string
  /** Digits only, as a one-time code. */
  code?: boolean
}

type Props = {
  action: (previous: AuthFormState, formData: FormData) => Promise<AuthFormState>
  fields: AuthField[]
  /** Sent along, unseen (country, `next`, the link's code or token). */
  hidden: Record<string, string>
  submit: string
  submitting: string
  /** A notice shown before anything was sent (for example "your password was changed"). */
  initialNotice?: string
  /** Where to go once done (the form is replaced by its notice and this link). */
  doneLink?: { href: string; label: string }
  testId: string
}

const input = "w-full rounded-lg border border-gray-300 bg-white px-3 py-2 focus:border-brand-500 focus:outline-none"

/**
 * The account forms (sign-in, sign-up, two-factor, verification, password reset): plain
 * forms posting to server actions, so they work before scripts load; the e-mail typed
 * survives a refusal.
 */
export default function AuthForm({ action, fields, hidden, submit, submitting, initialNotice, doneLink, testId }: Props) {
  const [state, formAction, pending] = useActionState(action, null)
  const notice = state?.notice ?? (state ? undefined : initialNotice)
  const noticeBox = notice && (
    <p role="status" data-testid={`${testId}-notice`} className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800">
      {notice}
    </p>
  )
  if (state?.done) {
    return (
      <div className="mt-6 space-y-4">
        {noticeBox}
        {doneLink && (
          <Link href={doneLink.href} className="inline-block font-semibold text-brand-700 underline">
            {doneLink.label}
          </Link>
        )}
      </div>
    )
  }
  return (
    <form action={formAction} className="mt-6 space-y-4" data-testid={testId}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {noticeBox}
      {fields.map((field) => (
        <label key={field.name} className="block">
          <span className="mb-1 block text-sm font-medium">{field.label}</span>
          <input
            type={field.type}
            name={field.name}
            required
            autoComplete={field.autoComplete}
            defaultValue={field.type === "email" ? state?.email : undefined}
            inputMode={field.code ? "numeric" : undefined}
            className={input}
            data-testid={`${testId}-${field.name}`}
          />
          {field.hint && <span className="mt-1 block text-xs text-gray-700">{field.hint}</span>}
        </label>
      ))}
      {state?.error && (
        <p role="alert" data-testid={`${testId}-error`} className="text-sm font-medium text-deal-500">
          {state.error}
        </p>
      )}
      <button disabled={pending} data-testid={`${testId}-submit`} className="w-full rounded-full bg-brand-500 px-6 py-3 font-semibold text-white hover:bg-brand-600 disabled:opacity-60">
        {pending ? submitting : submit}
      </button>
    </form>
  )
}
