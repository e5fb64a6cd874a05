// HTTP contract of abandoned-cart reminders, shared by the routes, the admin and the storefront.

/** `POST /store/cart-reminders/restore` body: the signed link's parameters. */
export type StoreRestoreCartRequest = { cart_id: string; expires: number; signature: string }
/** The cart to put back in the shopper's session (it exists and is not completed). */
export type StoreRestoreCartResponse = { cart_id: string }

/** `POST /store/cart-reminders/opt-out` body: the signed link's parameters. */
export type StoreCartReminderOptOutRequest = { email: string; signature: string }
export type StoreCartReminderOptOutResponse = { email: string; opted_out: true }

/** `GET /admin/cart-reminders/stats?days=30`: what reminders did over the last `days` days. */
export type AdminCartReminderStats = {
  days: number
  /** Carts that got a first reminder in the period. */
  first_sent: number
  /** Carts that got the second (last) reminder in the period. */
  second_sent: number
  /** Reminded carts whose link was opened. */
  restored: number
  /** Reminded carts that became an order. */
  recovered: number
  /** Recovered orders' totals, per currency (major units). */
  recovered_totals: { currency_code: string; total: number }[]
  /** Addresses that asked for no more reminders (all time). */
  opted_out: number
}
export type AdminCartReminderStatsResponse = { stats: AdminCartReminderStats }
