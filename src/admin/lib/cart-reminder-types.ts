// The admin reads the one HTTP contract of the cart reminder routes instead of restating it.
// Type-only exports, so nothing outside src/admin ends up in the admin bundle.
export type { AdminCartReminderStats, AdminCartReminderStatsResponse } from "../../types/http/cart-reminder"
