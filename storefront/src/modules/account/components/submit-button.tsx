"use client"

import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

type Props = { label: ReactNode; pendingLabel: string; className: string; testId: string }

/** A form's submit button that says it is working while the server action runs. */
export default function SubmitButton({ label, pendingLabel, className, testId }: Props) {
  const { pending } = useFormStatus()
  return (
    <button disabled={pending} data-testid={testId} className={`${className} disabled:opacity-60`}>
      {pending ? pendingLabel : label}
    </button>
  )
}
