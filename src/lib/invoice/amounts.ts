/** Rounds to cents: both EUR and MAD have two decimals. */
export const roundAmount = (value: number) => Math.round((value + Number.EPSILON) * 100) / 100

/** Medusa's BigNumber, a numeric string or a number, as a number (0 when absent). */
export const toAmount = (value: unknown): number => {
  if (value == null) return 0
  const number = typeof value === "object" && "numeric" in (value as object) ? (value as { numeric: number }).numeric : Number(value)
  return Number.isFinite(number) ? number : 0
}
