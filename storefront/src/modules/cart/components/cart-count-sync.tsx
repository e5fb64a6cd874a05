"use client"

import { useEffect } from "react"
import { notifyCartChanged } from "@/lib/util/cart-events"

/** Rendered by the cart page: when its number of vouchers changes, the header's count reloads. */
export default function CartCountSync({ count }: { count: number }) {
  useEffect(() => {
    notifyCartChanged()
  }, [count])
  return null
}
