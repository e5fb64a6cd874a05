import type { Locale } from "@/lib/i18n"
import { INTL_LOCALES } from "./money"

const UNITS = ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte"] as const

/** A file size in the visitor's language, in powers of 1000 as its unit says ("12,4 Mo", "12.4 MB"). */
export function formatBytes(bytes: number, locale: Locale): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit += 1
  }
  return new Intl.NumberFormat(INTL_LOCALES[locale], {
    style: "unit",
    unit: UNITS[unit],
    unitDisplay: "short",
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value)
}
