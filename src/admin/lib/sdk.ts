import Medusa from "@medusajs/js-sdk"

/** The one js-sdk instance of the admin extensions; the admin session cookie authenticates it. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
