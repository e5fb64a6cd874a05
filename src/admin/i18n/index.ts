import { dealEn } from "./en"
import { dealFr } from "./fr"

// The admin merges these resources into its own i18next instance, so the widget follows the
// language chosen in the admin profile. Our own namespace keeps our keys clear of the dashboard's.
export default {
  en: { comptoir: { deal: dealEn } },
  fr: { comptoir: { deal: dealFr } },
}
