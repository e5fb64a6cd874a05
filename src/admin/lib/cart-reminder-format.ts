import type { AdminCartReminderStats } from "./cart-reminder-types"
import { formatMoney } from "./deal-price"

/** The periods, in days, the widget offers; 30 is shown first. */
export const CART_REMINDER_PERIODS = [7, 30, 90] as const
export type CartReminderPeriod = (typeof CART_REMINDER_PERIODS)[number]
export const DEFAULT_CART_REMINDER_PERIOD: CartReminderPeriod = 30

/** A period picked in the select ("7"), or the default for anything else. */
export function toCartReminderPeriod(value: string): CartReminderPeriod {
  return CART_REMINDER_PERIODS.find((days) => String(days) === value) ?? DEFAULT_CART_REMINDER_PERIOD
}

/** A count in the admin's language: 1250 → "1 250" / "1,250". */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value)
}

/** Share of the carts that got a first reminder and then became an order; null when none was sent. */
export function recoveryRate(stats: Pick<AdminCartReminderStats, "recovered" | "first_sent">): number | null {
  return stats.first_sent > 0 ? stats.recovered / stats.first_sent : null
}

/** A rate as a percentage in the admin's language, to one decimal: 0.125 → "12,5 %" / "12.5%"; null → `none`. */
export function formatRate(rate: number | null, language: string, none = "—"): string {
  if (rate === null) {
    return none
  }
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 }).format(rate)
}

// The shop sells in euros first: its revenue leads, then the other currencies by code.
const HOME_CURRENCY = "eur"

/** The recovered revenue, one formatted amount per currency, euros first: ["49,90 €", "1 250,00 MAD"]. */
export function formatRecoveredTotals(totals: AdminCartReminderStats["recovered_totals"], language: string): string[] {
  const rank = (code: string) => (code.toLowerCase() === HOME_CURRENCY ? 0 : 1)
  return [...totals]
    .sort((a, b) => rank(a.currency_code) - rank(b.currency_code) || a.currency_code.localeCompare(b.currency_code))
    .map(({ total, currency_code }) => formatMoney(total, currency_code, language))
}
