"use server"

import { cookies } from "next/headers"
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS } from "@/lib/i18n/locales"

/** Stores the chosen language; setting a cookie in an action re-renders the current page. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale")
  if (!isLocale(locale)) return
  ;(await cookies()).set(LOCALE_COOKIE, locale, LOCALE_COOKIE_OPTIONS)
}
