"use client"

import { useEffect, useRef, useState } from "react"

type Props = { lat: number; lng: number; label: string; labels: { show: string; loading: string; failed: string } }

/**
 * The deal's place on an OpenStreetMap map. Leaflet (≈ 40 kB) and its tiles load only when
 * the visitor asks for the map or scrolls to it: nothing on the page's critical path.
 */
export default function DealMap({ lat, lng, label, labels }: Props) {
  const container = useRef<HTMLDivElement>(null)
  const map = useRef<import("leaflet").Map | null>(null)
  const [state, setState] = useState<"idle" | "loading" | "ready" | "failed">("idle")

  useEffect(() => {
    const element = container.current
    if (!element || state !== "idle") return
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setState("loading"), {
      rootMargin: "200px",
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [state])

  useEffect(() => {
    if (state !== "loading" || !container.current) return
    let cancelled = false
    Promise.all([import("leaflet"), import("leaflet/dist/leaflet.css")])
      .then(([{ default: L }]) => {
        if (cancelled || !container.current) return
        map.current = L.map(container.current, { scrollWheelZoom: false }).setView([lat, lng], 15)
        L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
          maxZoom: 19,
          attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
        }).addTo(map.current)
        // A vector marker: Leaflet's default icon images do not survive bundling.
        L.circleMarker([lat, lng], { radius: 10, color: "#386e10", fillColor: "#53a318", fillOpacity: 0.9 })
          .addTo(map.current)
          .bindTooltip(label)
        setState("ready")
      })
      .catch(() => !cancelled && setState("failed"))
    // Only an unfinished load is cancelled here: the map itself lives until the page leaves.
    return () => {
      cancelled = true
    }
  }, [state, lat, lng, label])

  useEffect(() => () => void map.current?.remove(), [])

  return (
    <div className="relative mt-3 h-64 overflow-hidden rounded-xl border border-gray-200 bg-gray-100">
      <div ref={container} data-testid="deal-map" data-state={state} className="absolute inset-0" />
      {state !== "ready" && (
        <div className="absolute inset-0 flex items-center justify-center">
          {state === "idle" ? (
            <button type="button" onClick={() => setState("loading")} className="rounded-full bg-white px-4 py-2 text-sm font-semibold text-gray-800 shadow">
              {labels.show}
            </button>
          ) : (
            <p role="status" className="text-sm text-gray-700">{state === "failed" ? labels.failed : labels.loading}</p>
          )}
        </div>
      )}
    </div>
  )
}
