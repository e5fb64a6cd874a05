import type { Metadata } from "next"
import type { ReactNode } from "react"
import { getDictionary, getLocale } from "@/lib/i18n"
import "./globals.css"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getDictionary()
  return {
    title: { default: t.meta.title, template: "%s · Comptoir" },
    description: t.meta.description,
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale()
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  )
}
