import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreCreateDownloadUrl, StoreGetCustomerDownloadsParams } from "../customers/me/downloads/validators"
import { StoreGetCustomerLicensesParams, StoreReleaseLicenseActivation, StoreTransferLicense } from "../customers/me/licenses/validators"
import { rejectNulBytes, validateIdParam } from "../../utils/guards"
import { rateLimitPerIp } from "../../utils/rate-limit"

const customerAuth = authenticate("customer", ["session", "bearer"])
const noFields = { defaults: ["id"], isList: false }

/** Authentication, limits and validation of the customer's digital-product routes (wired in src/api/middlewares.ts). */
export const storeDigitalRouteRules: MiddlewareRoute[] = [
  { matcher: "/store/customers/me/licenses*", middlewares: [rejectNulBytes] },
  { matcher: "/store/customers/me/downloads*", middlewares: [rejectNulBytes] },
  {
    matcher: "/store/customers/me/licenses",
    methods: ["GET"],
    middlewares: [customerAuth, validateAndTransformQuery(StoreGetCustomerLicensesParams, noFields)],
  },
  { matcher: "/store/customers/me/licenses/:id", methods: ["GET"], middlewares: [customerAuth, validateIdParam("id")] },
  {
    matcher: "/store/customers/me/licenses/:id/activations/:activation_id/release",
    methods: ["POST"],
    middlewares: [customerAuth, validateIdParam("id"), validateIdParam("activation_id"), validateAndTransformBody(StoreReleaseLicenseActivation)],
  },
  {
    matcher: "/store/customers/me/licenses/:id/transfer",
    methods: ["POST"],
    middlewares: [customerAuth, validateIdParam("id"), validateAndTransformBody(StoreTransferLicense)],
  },
  {
    matcher: "/store/customers/me/downloads",
    methods: ["GET"],
    middlewares: [customerAuth, validateAndTransformQuery(StoreGetCustomerDownloadsParams, noFields)],
  },
  { matcher: "/store/customers/me/downloads", methods: ["POST"], middlewares: [customerAuth, validateAndTransformBody(StoreCreateDownloadUrl)] },
  {
    // Public (the signed token is the credential, no publishable key): limited per IP;
    // DIGITAL_DOWNLOAD_RATE_PER_IP (per minute) tunes it.
    matcher: "/downloads/:token",
    methods: ["GET"],
    middlewares: [
      rejectNulBytes,
      rateLimitPerIp({ points: Number(process.env.DIGITAL_DOWNLOAD_RATE_PER_IP || 60), duration: 60, keyPrefix: "digital-download" }),
    ],
  },
]
