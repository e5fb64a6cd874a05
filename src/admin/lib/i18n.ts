import { useCallback } from "react"
import { useTranslation } from "react-i18next"
import type { dealEn } from "../i18n/en"

/** The i18next namespace of the plugin's admin labels (registered in src/admin/i18n/index.ts). */
export const I18N_NAMESPACE = "comptoir"

// Plural forms ("bought_one", "bought_other") are looked up by i18next from their base key.
type PluralBase<K> = K extends `${infer Base}_${"one" | "other"}` ? Base : K

/** A label of the deal widget. */
export type DealMessageKey = PluralBase<keyof typeof dealEn>

/** Translates deal labels in the admin's current language, with keys checked at compile time. */
export function useDealTranslation() {
  const { t, i18n } = useTranslation(I18N_NAMESPACE)
  const translate = useCallback(
    (key: DealMessageKey, values?: Record<string, string | number>): string =>
      String(t(`deal.${key}`, values)),
    [t]
  )
  return { t: translate, language: i18n.language }
}
