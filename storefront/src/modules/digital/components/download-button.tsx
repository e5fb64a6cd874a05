"use client"

import { useState, useTransition } from "react"
import { requestDownloadLink } from "@/lib/data/digital"

type Props = {
  assetId: string
  labels: { download: string; preparing: string }
  /** The file and version, for screen readers ("logiciel-caisse.zip, version 2.1.0"). */
  srLabel: string
}

/**
 * "Télécharger": asks the server for a short-lived link, then the browser opens it (the file
 * comes as an attachment, so the page stays). A refusal is shown under the button.
 */
export default function DownloadButton({ assetId, labels, srLabel }: Props) {
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)

  function download() {
    setError(null)
    startTransition(async () => {
      const result = await requestDownloadLink(assetId)
      if ("url" in result) window.location.assign(result.url)
      else setError(result.error)
    })
  }

  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <button
        type="button"
        onClick={download}
        disabled={pending}
        data-testid="download-button"
        className="rounded-full bg-brand-500 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-600 disabled:opacity-60"
      >
        {pending ? labels.preparing : labels.download}
        <span className="sr-only"> — {srLabel}</span>
      </button>
      {error && (
        <p role="alert" data-testid="download-error" className="text-sm text-deal-500">{error}</p>
      )}
    </div>
  )
}
