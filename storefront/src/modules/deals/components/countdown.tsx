"use client"

import { useEffect, useState } from "react"

type Props = {
  endsAt: string
  /** Server time of the render, so that the first client render matches the HTML. */
  now: number
  labels: { endsIn: string; ended: string; units: { d: string; h: string; m: string; s: string } }
}

const pad = (value: number) => String(value).padStart(2, "0")

/** Time left before the deal ends, ticking every second. */
export default function Countdown({ endsAt, now: renderedAt, labels }: Props) {
  const [now, setNow] = useState(renderedAt)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])

  const seconds = Math.floor((Date.parse(endsAt) - now) / 1000)
  if (seconds <= 0) {
    return (
      <p data-testid="deal-countdown" className="font-semibold text-deal-500">
        {labels.ended}
      </p>
    )
  }

  const { units } = labels
  const days = Math.floor(seconds / 86400)
  const parts = [
    days > 0 ? `${days} ${units.d}` : null,
    `${pad(Math.floor((seconds % 86400) / 3600))} ${units.h}`,
    `${pad(Math.floor((seconds % 3600) / 60))} ${units.m}`,
    `${pad(seconds % 60)} ${units.s}`,
  ]
  return (
    <p data-testid="deal-countdown" className="text-sm text-gray-600">
      {labels.endsIn}{" "}
      <time dateTime={endsAt} className="font-semibold tabular-nums text-deal-500">
        {parts.filter(Boolean).join(" ")}
      </time>
    </p>
  )
}
