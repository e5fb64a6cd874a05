import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { CartReminderPeriod } from "../lib/cart-reminder-format"
import type { AdminCartReminderStatsResponse } from "../lib/cart-reminder-types"
import { sdk } from "../lib/sdk"

/** Query keys of the cart reminders; the admin only reads their statistics. */
export const cartReminderQueryKeys = {
  all: ["comptoir", "cart-reminders"] as const,
  stats: (days: CartReminderPeriod) => [...cartReminderQueryKeys.all, "stats", days] as const,
}

/** What the reminders did over the last `days` days; the previous period stays shown while another loads. */
export function useCartReminderStats(days: CartReminderPeriod) {
  return useQuery({
    queryKey: cartReminderQueryKeys.stats(days),
    queryFn: async () =>
      (await sdk.client.fetch<AdminCartReminderStatsResponse>("/admin/cart-reminders/stats", { query: { days } })).stats,
    placeholderData: keepPreviousData,
  })
}
