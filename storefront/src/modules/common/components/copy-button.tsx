"use client"

import { useState } from "react"

type Props = {
  text: string
  labels: { copy: string; copied: string }
  /** Says what is copied, for screen readers ("Copier la clé de Logiciel de caisse"). */
  srLabel: string
  testId: string
}

/** Copies `text` to the clipboard and says so for a moment. */
export default function CopyButton({ text, labels, srLabel, testId }: Props) {
  const [copied, setCopied] = useState(false)

  function copy() {
    // No clipboard outside a secure context: the text stays selectable by hand.
    navigator.clipboard
      ?.writeText(text)
      .then(() => {
        setCopied(true)
        setTimeout(() => setCopied(false), 2500)
      })
      .catch(() => undefined)
  }

  return (
    <button
      type="button"
      onClick={copy}
      data-testid={testId}
      aria-live="polite"
      className="rounded-full border border-gray-300 px-3 py-1 text-sm font-semibold hover:border-brand-500 hover:text-brand-700"
    >
      {copied ? labels.copied : labels.copy}
      {!copied && <span className="sr-only"> — {srLabel}</span>}
    </button>
  )
}
