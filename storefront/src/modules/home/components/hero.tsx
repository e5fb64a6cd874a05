import Link from "next/link"
import type { Dictionary } from "@/lib/i18n"

export default function Hero({ countryCode, t }: { countryCode: string; t: Dictionary }) {
  return (
    <section className="bg-gradient-to-br from-brand-600 to-brand-500 text-white">
      <div className="mx-auto max-w-6xl px-4 py-16 md:py-20">
        <h1 className="max-w-2xl text-4xl font-extrabold leading-tight md:text-5xl">{t.home.heroTitle}</h1>
        <p className="mt-4 max-w-xl text-lg text-brand-50">{t.home.heroSubtitle}</p>
        <Link
          href={`/${countryCode}/deals`}
          className="mt-8 inline-block rounded-full bg-white px-6 py-3 font-semibold text-brand-700 shadow hover:bg-brand-50"
        >
          {t.home.heroCta}
        </Link>
      </div>
    </section>
  )
}
