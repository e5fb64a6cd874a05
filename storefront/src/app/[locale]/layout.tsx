import type { Metadata } from "next"
import type { ReactNode } from "react"
import { pageDictionary } from "@/lib/i18n"
import "../globals.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageDictionary(params)
  return {
    title: { default: t.meta.title, template: "%s · Comptoir" },
    description: t.meta.description,
  }
}

/** The root layout, one per language: `<html lang>` comes from the URL, not from a cookie. */
export default async function RootLayout({ children, params }: Props) {
  const { locale } = await pageDictionary(params)
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  )
}
