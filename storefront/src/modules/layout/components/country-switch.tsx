"use client"

import { usePathname } from "next/navigation"
import { changeCountry } from "@/lib/data/cart"

type Props = {
  current: string
  countries: { code: string; name: string }[]
  label: string
}

/** FR / MA buttons; the current path is sent along so the visitor stays on the same page. */
export default function CountrySwitch({ current, countries, label }: Props) {
  const pathname = usePathname()
  return (
    <form action={changeCountry} aria-label={label} className="flex overflow-hidden rounded-full border border-gray-300">
      <input type="hidden" name="path" value={pathname} />
      {countries.map((country) => (
        <button
          key={country.code}
          name="countryCode"
          value={country.code}
          title={country.name}
          aria-pressed={country.code === current}
          className="px-2.5 py-1 text-xs font-semibold uppercase aria-pressed:bg-brand-500 aria-pressed:text-white"
        >
          {country.code}
        </button>
      ))}
    </form>
  )
}
