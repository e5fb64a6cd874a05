"use client"

import { useActionState } from "react"
import { updateProfile } from "@/lib/data/profile"
import type { Dictionary } from "@/lib/i18n"
import type { ProfileValues } from "@/lib/util/profile-form"
import TextField, { inputClass } from "@/modules/checkout/components/text-field"

type Props = { email: string; initialValues: ProfileValues; labels: Dictionary["accountArea"]["profile"] }

/** Name and phone, saved by a server action (works without JavaScript); the e-mail is shown only. */
export default function ProfileForm({ email, initialValues, labels }: Props) {
  const [state, formAction, pending] = useActionState(updateProfile, null)
  const values = state?.values ?? initialValues
  const errors = state?.status === "error" ? state.errors : {}

  return (
    <form action={formAction} data-testid="profile-form" className="space-y-4 rounded-xl border border-gray-200 bg-white p-5">
      <div>
        <label htmlFor="profile-email" className="mb-1 block text-sm font-medium">{labels.email}</label>
        <input id="profile-email" value={email} readOnly aria-describedby="profile-email-hint" className={`${inputClass} bg-gray-50 text-gray-600`} data-testid="profile-email" />
        <p id="profile-email-hint" className="mt-1 text-xs text-gray-500">{labels.emailHint}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="first_name" label={labels.firstName} defaultValue={values.first_name} error={errors.first_name} required autoComplete="given-name" testId="profile-first-name" />
        <TextField name="last_name" label={labels.lastName} defaultValue={values.last_name} error={errors.last_name} required autoComplete="family-name" testId="profile-last-name" />
      </div>
      <TextField name="phone" label={labels.phone} type="tel" defaultValue={values.phone} error={errors.phone} autoComplete="tel" testId="profile-phone" />
      {state?.status === "saved" && (
        <p role="status" data-testid="profile-saved" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800">{labels.saved}</p>
      )}
      {state?.status === "error" && (
        <p role="alert" data-testid="profile-error" className="rounded-lg bg-red-50 p-3 text-sm text-red-700">{state.message}</p>
      )}
      <button disabled={pending} data-testid="profile-submit" className="rounded-full bg-brand-500 px-6 py-2.5 font-semibold text-white hover:bg-brand-600 disabled:opacity-60">
        {pending ? labels.saving : labels.save}
      </button>
    </form>
  )
}
