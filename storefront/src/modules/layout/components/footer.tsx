import Link from "next/link"
import type { Dictionary } from "@/lib/i18n"

export default function Footer({ countryCode, t }: { countryCode: string; t: Dictionary }) {
  return (
    <footer className="mt-16 border-t border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-gray-500 md:flex-row md:items-center md:justify-between">
        <div>
          <Link href={`/${countryCode}`} className="font-bold text-brand-600">
            Comptoir
          </Link>{" "}
          — {t.footer.tagline}
        </div>
        <div>
          © {new Date().getFullYear()} Comptoir. {t.footer.rights}
        </div>
      </div>
    </footer>
  )
}
