"use client"

import { useEffect, useState } from "react"
import { SHARE_BUTTON } from "./share-styles"

type Props = { url: string; title: string; labels: { copy: string; copied: string; more: string } }

/** "Copy the link", and the phone's own share sheet (Web Share API) where the browser has one. */
export default function ShareActions({ url, title, labels }: Props) {
  const [copied, setCopied] = useState(false)
  const [canShare, setCanShare] = useState(false)
  useEffect(() => setCanShare(typeof navigator.share === "function"), [])

  async function copy() {
    await navigator.clipboard.writeText(url)
    setCopied(true)
    setTimeout(() => setCopied(false), 2500)
  }

  return (
    <>
      <li>
        <button type="button" onClick={copy} data-testid="share-copy" className={SHARE_BUTTON} aria-live="polite">
          {copied ? labels.copied : labels.copy}
        </button>
      </li>
      {canShare && (
        <li>
          <button type="button" onClick={() => navigator.share({ title, url }).catch(() => {})} className={SHARE_BUTTON}>
            {labels.more}
          </button>
        </li>
      )}
    </>
  )
}
