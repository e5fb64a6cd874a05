import { setLocale } from "@/lib/i18n/actions"
import { LOCALES, type Locale } from "@/lib/i18n"

/** FR / EN buttons; a plain form, so it works before (or without) JavaScript. */
export default function LocaleToggle({ current, label }: { current: Locale; label: string }) {
  return (
    <form action={setLocale} aria-label={label} className="flex overflow-hidden rounded-full border border-gray-300">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          name="locale"
          value={locale}
          aria-pressed={locale === current}
          className="px-2.5 py-1 text-xs font-semibold uppercase aria-pressed:bg-gray-900 aria-pressed:text-white"
        >
          {locale}
        </button>
      ))}
    </form>
  )
}
