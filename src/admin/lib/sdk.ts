import Medusa from "@medusajs/js-sdk"

/** Where the backend is: the sdk's requests, and links the browser follows itself (PDFs, exports). */
export const BACKEND_URL: string = import.meta.env.VITE_BACKEND_URL || "/"

/** The one js-sdk instance of the admin extensions; the admin session cookie authenticates it. */
export const sdk = new Medusa({
  baseUrl: BACKEND_URL,
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
