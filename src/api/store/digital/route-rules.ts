import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Authentication, limits and validation of the customer's digital-product routes (wired in src/api/middlewares.ts). */
export const storeDigitalRouteRules: MiddlewareRoute[] = []
