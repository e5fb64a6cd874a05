"use client"

import Link from "next/link"
import { useEffect, useState } from "react"
import { CART_CHANGED_EVENT, type CartSummary } from "@/lib/util/cart-events"

type Props = { countryCode: string; label: string }

/**
 * Cart link with the number of vouchers in the cart. The count is fetched by the browser
 * (and again after each change), so the pages around it stay cached for every visitor.
 */
export default function CartLink({ countryCode, label }: Props) {
  const [count, setCount] = useState<number | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    const load = () =>
      fetch("/api/cart", { cache: "no-store", signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<CartSummary>) : null))
        .then((summary) => summary && setCount(summary.count))
        .catch(() => {})
    load()
    window.addEventListener(CART_CHANGED_EVENT, load)
    return () => {
      controller.abort()
      window.removeEventListener(CART_CHANGED_EVENT, load)
    }
  }, [])

  return (
    <Link href={`/${countryCode}/cart`} className="flex items-center gap-2 hover:text-brand-600">
      {label}
      <span className="min-w-6 rounded-full bg-brand-500 px-2 py-0.5 text-center text-xs font-bold text-white" data-testid="cart-count">
        {count ?? "·"}
      </span>
    </Link>
  )
}
