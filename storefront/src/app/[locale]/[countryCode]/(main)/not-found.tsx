"use client"

import Link from "next/link"
import { useParams } from "next/navigation"
import { en } from "@/lib/i18n/en"
import { fr } from "@/lib/i18n/fr"

// A client component: not-found pages get no params, and reading the locale cookie here would
// make every cached page that can answer 404 dynamic. The [locale] segment is in the URL params.
export default function NotFound() {
  const { locale, countryCode } = useParams<{ locale: string; countryCode: string }>()
  const t = locale === "en" ? en : fr
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold">{t.errors.notFoundTitle}</h1>
      <p className="mt-3 text-gray-600">{t.errors.notFoundText}</p>
      <Link href={`/${countryCode ?? ""}`} className="mt-6 inline-block rounded-full bg-brand-500 px-6 py-2 font-semibold text-white hover:bg-brand-600">
        {t.errors.backHome}
      </Link>
    </div>
  )
}
