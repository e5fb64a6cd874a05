/** English labels of the abandoned-cart reminders widget on the orders list. */
export const cartReminderEn = {
  widgetTitle: "Abandoned cart reminders",
  widgetDescription: "What the reminder e-mails did over the last {{days}} days.",
  period: "Period",
  periodDays: "Last {{days}} days",
  loadError: "Could not load the reminder statistics",
  errorUnknown: "Something went wrong. Try again.",
  firstSent: "First reminders sent",
  secondSent: "Last reminders sent",
  restored: "Links opened",
  recovered: "Carts recovered",
  recoveryRate: "{{rate}} of first reminders",
  recoveredRevenue: "Recovered revenue",
  optedOut: "Opted-out addresses",
  optedOutHint: "Since the start",
  none: "—",
}
