import type { Dictionary } from "@/lib/i18n"

export type AccountNavItem = {
  /** Label key in `accountArea.nav`. */
  key: keyof Dictionary["accountArea"]["nav"]
  /** Path under `/<countryCode>/account`. */
  path: string
}

/**
 * The account's sections, in menu order. Later sections ("Mes tickets", "Affiliation", "KYC")
 * each add one line here and their label in `accountArea.nav`.
 */
export const ACCOUNT_NAV_ITEMS: readonly AccountNavItem[] = [
  { key: "overview", path: "" },
  { key: "orders", path: "/orders" },
  { key: "digital", path: "/digital-products" },
  { key: "profile", path: "/profile" },
  { key: "addresses", path: "/addresses" },
  // Built by the sign-in and 2FA work: only linked from here.
  { key: "security", path: "/security" },
]
