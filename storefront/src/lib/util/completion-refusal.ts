import type { Dictionary } from "@/lib/i18n"

/**
 * The backend's refusal of an order (deal rules checked at completion) in the shopper's
 * language; any other message as it came.
 */
export function completionRefusal(message: string, t: Dictionary["checkoutErrors"]): string {
  const ended = /^The offer "(.+)" has ended/.exec(message)
  if (ended) return t.offerEnded(ended[1])
  const notStarted = /^The offer "(.+)" has not started/.exec(message)
  if (notStarted) return t.offerNotStarted(notStarted[1])
  const max = /^"(.+)" is limited to (\d+) per order/.exec(message)
  if (max) return t.offerMax(max[1], Number(max[2]))
  const min = /^"(.+)" must be bought by (\d+) at least/.exec(message)
  if (min) return t.offerMin(min[1], Number(min[2]))
  return message
}
