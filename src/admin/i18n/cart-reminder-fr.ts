import type { cartReminderEn } from "./cart-reminder-en"

/** French labels of the abandoned-cart reminders widget; typed against the English ones. */
export const cartReminderFr: Record<keyof typeof cartReminderEn, string> = {
  widgetTitle: "Relances de paniers abandonnés",
  widgetDescription: "L'effet des e-mails de relance sur les {{days}} derniers jours.",
  period: "Période",
  periodDays: "{{days}} derniers jours",
  loadError: "Impossible de charger les statistiques des relances",
  errorUnknown: "Une erreur est survenue. Réessayez.",
  firstSent: "Premières relances envoyées",
  secondSent: "Dernières relances envoyées",
  restored: "Liens ouverts",
  recovered: "Paniers récupérés",
  recoveryRate: "{{rate}} des premières relances",
  recoveredRevenue: "Chiffre d'affaires récupéré",
  optedOut: "Adresses désabonnées",
  optedOutHint: "Depuis le début",
  none: "—",
}
