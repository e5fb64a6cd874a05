import Link from "next/link"
import type { ReactNode } from "react"
import { retrieveCart } from "@/lib/data/cart"

type Props = { countryCode: string; label: string }

function CartLinkShell({ countryCode, label, count }: Props & { count: ReactNode }) {
  return (
    <Link href={`/${countryCode}/cart`} className="flex items-center gap-2 hover:text-brand-600">
      {label}
      <span className="min-w-6 rounded-full bg-brand-500 px-2 py-0.5 text-center text-xs font-bold text-white">
        {count}
      </span>
    </Link>
  )
}

/** Cart link with the number of vouchers in the cart. */
export default async function CartLink(props: Props) {
  const cart = await retrieveCart()
  const count = cart?.items?.reduce((sum, item) => sum + item.quantity, 0) ?? 0
  return <CartLinkShell {...props} count={<span data-testid="cart-count">{count}</span>} />
}

export function CartLinkSkeleton(props: Props) {
  return <CartLinkShell {...props} count="·" />
}
