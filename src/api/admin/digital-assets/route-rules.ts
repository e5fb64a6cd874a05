import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation of the admin digital-asset (file) routes (wired in src/api/middlewares.ts). */
export const adminDigitalAssetRouteRules: MiddlewareRoute[] = []
