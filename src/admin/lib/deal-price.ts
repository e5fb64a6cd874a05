import type { AdminDealPrice } from "./deal-types"

// The shop sells in euros first: its price leads whenever a deal is sold in several regions.
const HOME_CURRENCY = "eur"

/**
 * The prices of a deal to show, one per currency and amount (regions sharing a currency and a
 * price show once), the euro first, then by currency code.
 */
export function dealPricesToShow(prices: AdminDealPrice[] | undefined): AdminDealPrice[] {
  const seen = new Set<string>()
  const distinct = (prices ?? []).filter((price) => {
    const key = `${price.currency_code.toLowerCase()}:${price.calculated_amount}:${price.original_amount}`
    if (seen.has(key)) {
      return false
    }
    seen.add(key)
    return true
  })
  const rank = (price: AdminDealPrice) => (price.currency_code.toLowerCase() === HOME_CURRENCY ? 0 : 1)
  return distinct.sort(
    (a, b) => rank(a) - rank(b) || a.currency_code.localeCompare(b.currency_code)
  )
}

/** An amount in major units as money in the admin's language: "49,90 €", "€49.90". */
export function formatMoney(amount: number, currencyCode: string, language: string): string {
  try {
    return new Intl.NumberFormat(language, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
  } catch {
    // A currency code Intl does not know still shows its amount rather than breaking the table.
    return `${new Intl.NumberFormat(language).format(amount)} ${currencyCode.toUpperCase()}`
  }
}
