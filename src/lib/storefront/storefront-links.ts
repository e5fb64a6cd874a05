import crypto from "node:crypto"
import type { EmailLocale } from "../email/locale"

/** What the storefront sends along with an auth request (`metadata`), for the e-mail it causes. */
export type AccountLinkContext = { locale: EmailLocale; country_code: string }

/** The storefront's language and country from a request's metadata; French and France when absent. */
export function accountLinkContext(metadata: unknown): AccountLinkContext {
  const value = (metadata ?? {}) as { locale?: unknown; country_code?: unknown }
  const locale = value.locale === "en" ? "en" : "fr"
  const country = typeof value.country_code === "string" && /^[a-z]{2}$/i.test(value.country_code) ? value.country_code : "fr"
  return { locale, country_code: country.toLowerCase() }
}

const storefrontUrl = () =>
  (process.env.STOREFRONT_URL || process.env.SHOP_URL || "http://localhost:8000").replace(/\/+$/, "")

/** A storefront URL (`path` from its root) carrying `params`, in the shopper's language. */
export function storefrontUrlOf(path: string, context: AccountLinkContext, params: Record<string, string>): string {
  const url = new URL(`${storefrontUrl()}${path}`)
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value)
  if (context.locale !== "fr") url.searchParams.set("lang", context.locale)
  return url.toString()
}

/** A storefront page URL in the shopper's country and language, carrying `params`. */
export const storefrontPageUrl = (path: string, context: AccountLinkContext, params: Record<string, string>) =>
  storefrontUrlOf(`/${context.country_code}${path}`, context, params)

/** A short digest naming one link in idempotency keys, without storing the secret itself there. */
export const linkDigest = (secret: string) => crypto.createHash("sha256").update(secret).digest("hex").slice(0, 24)
