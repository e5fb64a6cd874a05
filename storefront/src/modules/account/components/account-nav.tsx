"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { signOut } from "@/lib/data/customer"

type Props = {
  countryCode: string
  label: string
  signOutLabel: string
  links: { href: string; label: string }[]
}

/** The account's side menu; the current section is marked (a detail page marks its list). */
export default function AccountNav({ countryCode, label, signOutLabel, links }: Props) {
  const pathname = usePathname()
  const overview = `/${countryCode}/account`
  const isCurrent = (href: string) => pathname === href || (href !== overview && pathname.startsWith(`${href}/`))

  return (
    <nav aria-label={label} data-testid="account-nav">
      <ul className="space-y-1 text-sm font-medium">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={isCurrent(link.href) ? "page" : undefined}
              className="block rounded-lg px-3 py-2 hover:bg-gray-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700"
            >
              {link.label}
            </Link>
          </li>
        ))}
        <li className="border-t border-gray-200 pt-2">
          <form action={signOut}>
            <input type="hidden" name="countryCode" value={countryCode} />
            <button data-testid="account-sign-out" className="w-full rounded-lg px-3 py-2 text-left text-gray-600 hover:bg-gray-100 hover:text-deal-500">
              {signOutLabel}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  )
}
