import Medusa from "@medusajs/js-sdk"

// Read with a computed key so Next does not inline the value at build time: the backend's
// start script (re)writes .env.local, and a rebuilt storefront must not be needed afterwards.
const readEnv = (name: string): string | undefined => process.env[name] || undefined

/** Server-side URL of the Medusa backend. */
export const MEDUSA_BACKEND_URL = readEnv("MEDUSA_BACKEND_URL") ?? "http://localhost:9000"

/** Public address of this storefront, for absolute URLs (sitemap, canonical links, JSON-LD). */
export const STOREFRONT_URL = (readEnv("NEXT_PUBLIC_BASE_URL") ?? "http://localhost:8000").replace(/\/+$/, "")

/** Country used for `/` and for unknown country prefixes. */
export const DEFAULT_COUNTRY = (readEnv("NEXT_PUBLIC_DEFAULT_COUNTRY") ?? "fr").toLowerCase()

const publishableKey = readEnv("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY")

/** Stripe's publishable key: card payments are offered when it is set (and the backend has Stripe). */
export const STRIPE_PUBLISHABLE_KEY = readEnv("NEXT_PUBLIC_STRIPE_KEY")

// `next build` imports this module without any backend or .env.local: only fail at runtime.
if (!publishableKey && process.env.NEXT_PHASE !== "phase-production-build") {
  throw new Error(
    "NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY is not set: copy storefront/.env.example to .env.local"
  )
}

/** The storefront's only Medusa client; used on the server (data layer, actions, proxy). */
export const sdk = new Medusa({
  baseUrl: MEDUSA_BACKEND_URL,
  publishableKey,
})
