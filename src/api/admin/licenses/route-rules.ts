import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation of the admin license and digital-product routes (wired in src/api/middlewares.ts). */
export const adminLicenseRouteRules: MiddlewareRoute[] = []
