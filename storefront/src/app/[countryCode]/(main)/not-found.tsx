import Link from "next/link"
import { getDictionary } from "@/lib/i18n"

export default async function NotFound() {
  const { t } = await getDictionary()
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold">{t.errors.notFoundTitle}</h1>
      <p className="mt-3 text-gray-600">{t.errors.notFoundText}</p>
      <Link href="/" className="mt-6 inline-block rounded-full bg-brand-500 px-6 py-2 font-semibold text-white hover:bg-brand-600">
        {t.errors.backHome}
      </Link>
    </div>
  )
}
